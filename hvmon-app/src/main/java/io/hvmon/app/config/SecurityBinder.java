package io.hvmon.app.config;

import io.hvmon.app.security.ApiKey;
import io.hvmon.app.security.ApiKeyHash;
import io.hvmon.app.security.Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Validates {@code security}: {@code api_keys} (named salted hashes, never keys), {@code open_paths}, {@code allow}
 * and {@code trusted_proxies} (IP addresses or CIDR ranges). A value that may be a key is never shown in a message.
 */
final class SecurityBinder {

    static final List<String> KEYS = List.of("api_keys", "open_paths", "allow", "trusted_proxies");
    static final List<String> API_KEY_KEYS = List.of("name", "hash");
    static final int MAX_API_KEYS = 100;
    static final int MAX_OPEN_PATHS = 100;
    static final int MAX_RANGES = 1000;
    static final int MAX_PATH_LENGTH = 200;

    private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String NAME_EXPECTED = "a key name of 1 to 64 letters, digits, '.', '-' or '_'";
    private static final String HASH_EXPECTED = "a hash as printed by 'hvmon key new' or 'hvmon key hash'"
            + " (sha256:<salt hex>:<64 hex digits>)";
    private static final String RANGE_EXPECTED = "an IP address or CIDR range such as \"10.0.0.0/8\","
            + " \"192.168.1.10\", \"fd00::/8\" or \"::1\" (host bits clear: 10.0.0.0/8, not 10.0.0.1/8)";
    private static final String PATH_EXPECTED = "a path such as \"/healthz\" (starting with '/', at most "
            + MAX_PATH_LENGTH + " characters, no query, spaces or control characters)";

    private final Problems problems;

    SecurityBinder(Problems problems) {
        this.problems = problems;
    }

    Optional<SecurityConfig> security(Node node, String path) {
        Optional<Fields> found = Fields.of(node, path, KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields security = found.get();
        security.reportUnknown();
        Optional<List<ApiKey>> keys = security.get("api_keys")
                .map(n -> apiKeys(n, security.pathOf("api_keys"))).orElse(Optional.of(List.of()));
        Optional<List<String>> openPaths = security.get("open_paths")
                .map(n -> list(n, security.pathOf("open_paths"), MAX_OPEN_PATHS, "paths", true, this::openPath))
                .orElse(Optional.of(List.of()));
        Optional<Optional<List<Cidr>>> allow = security.get("allow")
                .map(n -> list(n, security.pathOf("allow"), MAX_RANGES, "address ranges", false, this::range)
                        .map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        Optional<List<Cidr>> proxies = security.get("trusted_proxies")
                .map(n -> list(n, security.pathOf("trusted_proxies"), MAX_RANGES, "address ranges", true, this::range))
                .orElse(Optional.of(List.of()));
        if (keys.isEmpty() || openPaths.isEmpty() || allow.isEmpty() || proxies.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SecurityConfig(keys.get(), openPaths.get(), allow.get(), proxies.get()));
    }

    private Optional<List<ApiKey>> apiKeys(Node node, String path) {
        if (!(node instanceof Node.ArrayNode array)) {
            problems.add(node.at(), path, "expected an array of {\"name\": ..., \"hash\": ...} objects, found "
                    + node.found());
            return Optional.empty();
        }
        if (array.elements().size() > MAX_API_KEYS) {
            problems.add(array.at(), path, "has " + array.elements().size() + " keys; expected at most " + MAX_API_KEYS);
            return Optional.empty();
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ApiKey> keys = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < array.elements().size(); i++) {
            Optional<ApiKey> key = apiKey(array.elements().get(i), KeyPath.index(path, i), i, seen);
            key.ifPresent(keys::add);
            valid &= key.isPresent();
        }
        return valid ? Optional.of(keys) : Optional.empty();
    }

    private Optional<ApiKey> apiKey(Node node, String path, int index, Map<String, Integer> seen) {
        Optional<Fields> found = Fields.of(node, path, API_KEY_KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = found.get();
        fields.refuse("key", "not allowed: config.json holds only a key's hash (make one with 'hvmon key hash')");
        fields.reportUnknown();
        Optional<String> name = Optional.empty();
        Optional<Node> nameNode = fields.get("name");
        if (nameNode.isEmpty()) {
            problems.add(fields.at(), fields.pathOf("name"), "required key is missing (expected " + NAME_EXPECTED + ")");
        } else {
            name = Values.string(nameNode.get(), fields.pathOf("name"), NAME_EXPECTED, problems).flatMap(text -> {
                if (!KEY_NAME.matcher(text).matches()) {
                    problems.add(nameNode.get().at(), fields.pathOf("name"), "expected " + NAME_EXPECTED + ", found "
                            + nameNode.get().found());
                    return Optional.empty();
                }
                Integer first = seen.putIfAbsent(text.toLowerCase(Locale.ROOT), index);
                if (first != null) {
                    problems.add(nameNode.get().at(), fields.pathOf("name"), nameNode.get().found()
                            + " is already used by " + KeyPath.index(fields.path().substring(0,
                            fields.path().lastIndexOf('[')), first) + " (names are compared without regard to case)");
                    return Optional.empty();
                }
                return Optional.of(text);
            });
        }
        Optional<ApiKeyHash> hash = Optional.empty();
        Optional<Node> hashNode = fields.get("hash");
        if (hashNode.isEmpty()) {
            problems.add(fields.at(), fields.pathOf("hash"), "required key is missing (expected " + HASH_EXPECTED + ")");
        } else {
            hash = Values.secretishString(hashNode.get(), fields.pathOf("hash"), HASH_EXPECTED, problems)
                    .flatMap(text -> {
                        Optional<ApiKeyHash> parsed = ApiKeyHash.parse(text);
                        if (parsed.isEmpty()) {
                            problems.add(hashNode.get().at(), fields.pathOf("hash"), "expected " + HASH_EXPECTED
                                    + ", found " + hashNode.get().kind() + " that is not one (not shown: it may be a key)");
                        }
                        return parsed;
                    });
        }
        if (name.isEmpty() || hash.isEmpty() || fields.get("key").isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ApiKey(name.get(), hash.get()));
    }

    /** An array of strings, each checked by {@code element}; {@code allowEmpty} false refuses {@code []}. */
    private <T> Optional<List<T>> list(Node node, String path, int max, String what, boolean allowEmpty,
                                       BiFunction<Node, String, Optional<T>> element) {
        if (!(node instanceof Node.ArrayNode array)) {
            problems.add(node.at(), path, "expected an array of " + what + ", found " + node.found());
            return Optional.empty();
        }
        if (array.elements().isEmpty() && !allowEmpty) {
            problems.add(array.at(), path, "is empty, which would refuse every request; expected at least one of "
                    + RANGE_EXPECTED + ", or leave the key out to allow every address");
            return Optional.empty();
        }
        if (array.elements().size() > max) {
            problems.add(array.at(), path, "has " + array.elements().size() + " " + what + "; expected at most " + max);
            return Optional.empty();
        }
        List<T> values = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < array.elements().size(); i++) {
            Optional<T> value = element.apply(array.elements().get(i), KeyPath.index(path, i));
            value.ifPresent(values::add);
            valid &= value.isPresent();
        }
        return valid ? Optional.of(values) : Optional.empty();
    }

    private Optional<Cidr> range(Node node, String path) {
        return Values.string(node, path, RANGE_EXPECTED, problems).flatMap(text -> {
            Optional<Cidr> range = Cidr.parse(text);
            if (range.isEmpty()) {
                problems.add(node.at(), path, "expected " + RANGE_EXPECTED + ", found " + node.found());
            }
            return range;
        });
    }

    private Optional<String> openPath(Node node, String path) {
        return Values.string(node, path, PATH_EXPECTED, problems).flatMap(text -> {
            boolean ok = text.startsWith("/") && text.length() <= MAX_PATH_LENGTH
                    && text.chars().noneMatch(c -> c <= 0x20 || c == 0x7f || c == '?' || c == '#');
            if (!ok) {
                problems.add(node.at(), path, "expected " + PATH_EXPECTED + ", found " + node.found());
                return Optional.empty();
            }
            return Optional.of(text.length() > 1 && text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        });
    }
}
