package io.hvmon.app.config;

import io.hvmon.app.config.RemoteHostConfig.Auth;
import io.hvmon.app.config.RemoteHostConfig.Kerberos;
import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import io.hvmon.app.config.RemoteHostConfig.Tls;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validates {@code hosts}, the Hyper-V hosts the agentless collector polls, and builds {@link RemoteHostConfig}s.
 * Passwords are never read here (only where they come from), and no message repeats a value that may be one.
 */
final class HostsBinder {

    static final List<String> HOST_KEYS = List.of("name", "url", "auth", "user", "password_env", "password_file",
            "tls", "insecure_basic_over_http", "spn", "keytab", "ticket_cache");
    static final List<String> TLS_KEYS = List.of("verify", "ca_file");
    static final String DEFAULT_PATH = "/wsman";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1," + RemoteHostConfig.MAX_NAME_LENGTH + "}");
    static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,254}");
    private static final int MAX_USER_LENGTH = 256;
    private static final String NAME_EXPECTED = "a host name of 1 to " + RemoteHostConfig.MAX_NAME_LENGTH
            + " letters, digits, '.', '-' or '_'";
    private static final String URL_EXPECTED = "an http:// or https:// URL with a host, such as"
            + " https://hv01.example.com:5986/wsman";
    private static final String USER_EXPECTED = "the user to log on as, such as \"EXAMPLE\\\\monitor\"";
    static final String ENV_EXPECTED = "the name of an environment variable (letters, digits and '_',"
            + " not starting with a digit)";
    private static final String FILE_EXPECTED = "the path of a file";
    private static final List<String> PASSWORD_KEYS = List.of("password_env", "password_file");
    private static final List<String> KERBEROS_KEY_SOURCES = List.of("keytab", "ticket_cache");

    private final Problems problems;
    private final Path baseDir;
    /** Lower-cased name → index of the host that first used it. */
    private final Map<String, Integer> namesSeen = new HashMap<>();
    private final Map<Integer, String> namesWritten = new HashMap<>();

    HostsBinder(Problems problems, Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    Optional<List<RemoteHostConfig>> hosts(Node node, String path) {
        if (!(node instanceof Node.ArrayNode array)) {
            problems.add(node.at(), path, "expected an array of host objects, found " + node.found());
            return Optional.empty();
        }
        if (array.elements().size() > HvmonConfig.MAX_HOSTS) {
            problems.add(array.at(), path, "has " + array.elements().size() + " hosts; expected at most "
                    + HvmonConfig.MAX_HOSTS);
        }
        List<RemoteHostConfig> hosts = new ArrayList<>();
        boolean allValid = true;
        for (int i = 0; i < array.elements().size(); i++) {
            Optional<RemoteHostConfig> host = host(array.elements().get(i), i, KeyPath.index(path, i));
            host.ifPresent(hosts::add);
            allValid &= host.isPresent();
        }
        return allValid && hosts.size() <= HvmonConfig.MAX_HOSTS ? Optional.of(hosts) : Optional.empty();
    }

    private Optional<RemoteHostConfig> host(Node node, int index, String path) {
        Optional<Fields> found = Fields.of(node, path, HOST_KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields host = found.get();
        host.refuse("password", "not allowed: config.json never holds passwords (use password_env or password_file)");
        host.reportUnknown();
        Optional<String> name = required(host, "name", NAME_EXPECTED).flatMap(n -> name(n, index, host.pathOf("name")));
        Optional<URI> url = required(host, "url", URL_EXPECTED).flatMap(n -> url(n, host.pathOf("url")));
        Optional<Auth> auth = host.get("auth").map(n -> auth(n, host.pathOf("auth")))
                .orElse(Optional.of(Auth.NEGOTIATE));
        Optional<Kerberos> kerberos = new KerberosHostBinder(problems, this).kerberos(host, auth);
        // With a ticket cache the user may be left out: the cache's principal is used.
        boolean cacheOnly = auth.equals(Optional.of(Auth.KERBEROS)) && host.member("ticket_cache").isPresent();
        Optional<Optional<String>> user = cacheOnly && host.get("user").isEmpty() ? Optional.of(Optional.empty())
                : required(host, "user", USER_EXPECTED).flatMap(n -> user(n, host.pathOf("user"))).map(Optional::of);
        Optional<PasswordSource> password = credentials(host, auth);
        Optional<Tls> tls = host.get("tls").map(n -> tls(n, host.pathOf("tls"), url)).orElse(Optional.of(Tls.DEFAULT));
        boolean cleartextAccepted = basicOverHttpAccepted(host, url, auth);
        if (name.isEmpty() || url.isEmpty() || auth.isEmpty() || user.isEmpty() || password.isEmpty()
                || tls.isEmpty() || !cleartextAccepted || kerberos.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RemoteHostConfig(name.get(), url.get(), auth.get(), user.get().orElse(null),
                password.get(), tls.get(), kerberos.get()));
    }

    /**
     * Where the logon's secret comes from: a password (password_env or password_file) for every auth; for
     * "kerberos" also a keytab or a ticket cache, which need no password. Exactly one source.
     */
    private Optional<PasswordSource> credentials(Fields host, Optional<Auth> auth) {
        if (!auth.equals(Optional.of(Auth.KERBEROS))) {
            return password(host);
        }
        List<Node.Member> sources = new ArrayList<>();
        PASSWORD_KEYS.stream().flatMap(key -> host.member(key).stream()).findFirst().ifPresent(sources::add);
        KERBEROS_KEY_SOURCES.forEach(key -> host.member(key).ifPresent(sources::add));
        String choices = "expected exactly one of: password_env or password_file, keytab, ticket_cache";
        if (sources.isEmpty()) {
            problems.add(host.at(), host.path(), "no credential source for auth \"kerberos\"; " + choices);
            return Optional.empty();
        }
        if (sources.size() > 1) {
            sources.sort((a, b) -> a.keyAt().compareTo(b.keyAt()));
            problems.add(sources.getLast().keyAt(), host.path(), "several credential sources ("
                    + String.join(", ", sources.stream().map(Node.Member::key).toList()) + "); " + choices);
            return Optional.empty();
        }
        return KERBEROS_KEY_SOURCES.contains(sources.getFirst().key()) ? Optional.of(new PasswordSource.None())
                : password(host);
    }

    /**
     * Basic over plain http sends the password, base64 only, with every request: refused unless the host says
     * {@code insecure_basic_over_http: true} (then warned about at every start). The opt-in anywhere else is a mistake.
     */
    private boolean basicOverHttpAccepted(Fields host, Optional<URI> url, Optional<Auth> auth) {
        Optional<Node> optIn = host.get("insecure_basic_over_http");
        Optional<Boolean> accepted = optIn.map(n -> Values.bool(n, host.pathOf("insecure_basic_over_http"), problems)
                .orElse(null));
        if (optIn.isPresent() && accepted.isEmpty()) {
            return false;
        }
        if (url.isEmpty() || auth.isEmpty()) {
            return true;
        }
        boolean basicOverHttp = auth.get() == Auth.BASIC && url.get().getScheme().equalsIgnoreCase("http");
        if (basicOverHttp && !accepted.orElse(false)) {
            problems.add(host.get("auth").orElseThrow().at(), host.pathOf("auth"), "\"basic\" over an http:// URL"
                    + " sends the password in clear with every request; expected an https:// URL, or auth"
                    + " \"negotiate\" (NTLM with WinRM message encryption), or, to accept cleartext passwords (a lab"
                    + " only), \"insecure_basic_over_http\": true");
            return false;
        }
        if (!basicOverHttp && accepted.orElse(false)) {
            problems.add(optIn.orElseThrow().at(), host.pathOf("insecure_basic_over_http"), "has no effect unless"
                    + " auth is \"basic\" and the url is http://; expected it removed");
            return false;
        }
        return true;
    }

    private Optional<Node> required(Fields fields, String key, String expected) {
        Optional<Node> node = fields.get(key);
        if (node.isEmpty()) {
            problems.add(fields.at(), fields.pathOf(key), "required key is missing (expected " + expected + ")");
        }
        return node;
    }

    private Optional<String> name(Node node, int index, String path) {
        Optional<String> name = Values.string(node, path, NAME_EXPECTED, problems);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (!NAME.matcher(name.get()).matches()) {
            problems.add(node.at(), path, "expected " + NAME_EXPECTED + ", found " + node.found());
            return Optional.empty();
        }
        Integer first = namesSeen.putIfAbsent(name.get().toLowerCase(Locale.ROOT), index);
        if (first != null) {
            String firstName = namesWritten.get(first);
            String note = firstName.equals(name.get()) ? ""
                    : " as " + Node.quote(firstName) + " (host names are compared without regard to case)";
            problems.add(node.at(), path, node.found() + " is already used by hosts[" + first + "]" + note);
            return Optional.empty();
        }
        namesWritten.put(index, name.get());
        return name;
    }

    private Optional<URI> url(Node node, String path) {
        Optional<String> text = Values.string(node, path, URL_EXPECTED, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().contains("@")) {
            // user:password@host would put a password in the config file: refuse it without repeating the URL.
            problems.add(node.at(), path, "must not contain a user name or password (use user and password_env or"
                    + " password_file); the value is not shown");
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text.get());
        } catch (URISyntaxException e) {
            return urlProblem(node, path, URL_EXPECTED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return urlProblem(node, path, URL_EXPECTED);
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            return urlProblem(node, path, "a URL with a port from 1 to 65535");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return urlProblem(node, path, "a URL without a query (?...) or fragment (#...)");
        }
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")
                ? DEFAULT_PATH : uri.getRawPath();
        return Optional.of(URI.create(scheme + "://" + uri.getRawAuthority() + rawPath));
    }

    private Optional<URI> urlProblem(Node node, String path, String expected) {
        problems.add(node.at(), path, "expected " + expected + ", found " + node.found());
        return Optional.empty();
    }

    private Optional<Auth> auth(Node node, String path) {
        String expected = "\"negotiate\" (NTLM), \"kerberos\" or \"basic\"";
        return Values.string(node, path, expected, problems).flatMap(text -> {
            for (Auth auth : Auth.values()) {
                if (auth.wireName().equalsIgnoreCase(text)) {
                    return Optional.of(auth);
                }
            }
            problems.add(node.at(), path, "expected " + expected + ", found " + node.found());
            return Optional.empty();
        });
    }

    private Optional<String> user(Node node, String path) {
        Optional<String> user = Values.string(node, path, USER_EXPECTED, problems);
        if (user.isPresent() && (user.get().isBlank() || user.get().length() > MAX_USER_LENGTH
                || user.get().chars().anyMatch(Character::isISOControl))) {
            problems.add(node.at(), path, "expected " + USER_EXPECTED + " (1 to " + MAX_USER_LENGTH
                    + " characters, no control characters), found " + node.found());
            return Optional.empty();
        }
        return user;
    }

    /** Exactly one of password_env and password_file. Their values are never shown: either could be a password. */
    Optional<PasswordSource> password(Fields host) {
        Optional<Node.Member> env = host.member("password_env");
        Optional<Node.Member> file = host.member("password_file");
        if (env.isPresent() && file.isPresent()) {
            Node.Member later = env.get().keyAt().compareTo(file.get().keyAt()) > 0 ? env.get() : file.get();
            problems.add(later.keyAt(), host.path(), "both password_env and password_file are set; expected exactly"
                    + " one of them");
            return Optional.empty();
        }
        if (env.isPresent()) {
            Node node = env.get().value();
            String path = host.pathOf("password_env");
            return Values.secretishString(node, path, ENV_EXPECTED, problems).flatMap(name -> {
                if (ENV_NAME.matcher(name).matches()) {
                    return Optional.of(new PasswordSource.EnvironmentVariable(name));
                }
                problems.add(node.at(), path, "expected " + ENV_EXPECTED + ", found " + node.kind()
                        + " that is not one (not shown: it may be a password)");
                return Optional.empty();
            });
        }
        if (file.isPresent()) {
            String path = host.pathOf("password_file");
            return file(file.get().value(), path, FILE_EXPECTED + " holding the password", true)
                    .map(PasswordSource.File::new);
        }
        problems.add(host.at(), host.path(), "no password source; expected password_env or password_file");
        return Optional.empty();
    }

    private Optional<Tls> tls(Node node, String path, Optional<URI> url) {
        Optional<Fields> found = Fields.of(node, path, TLS_KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields tls = found.get();
        tls.reportUnknown();
        Optional<Boolean> verify = tls.get("verify").map(n -> Values.bool(n, tls.pathOf("verify"), problems))
                .orElse(Optional.of(true));
        Optional<Node> caNode = tls.get("ca_file");
        Optional<Optional<Path>> caFile = caNode
                .map(n -> file(n, tls.pathOf("ca_file"), FILE_EXPECTED + " with CA certificates (PEM)", false)
                        .map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        if (url.isPresent() && url.get().getScheme().equals("http")) {
            problems.add(node.at(), path, "only applies to https:// URLs; expected no tls settings with "
                    + Node.quote(url.get().toString()));
            return Optional.empty();
        }
        if (verify.isEmpty() || caFile.isEmpty()) {
            return Optional.empty();
        }
        if (!verify.get() && caFile.get().isPresent()) {
            problems.add(caNode.orElseThrow().at(), tls.pathOf("ca_file"), "has no effect when verify is false;"
                    + " expected either verify true or no ca_file");
            return Optional.empty();
        }
        return Optional.of(new Tls(verify.get(), caFile.get()));
    }

    /** A file path, resolved against the config file's directory when relative. */
    Optional<Path> file(Node node, String path, String expected, boolean secretish) {
        Optional<String> text = secretish ? Values.secretishString(node, path, expected, problems)
                : Values.string(node, path, expected, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String shown = secretish ? node.kind() : node.found();
        if (text.get().isBlank()) {
            problems.add(node.at(), path, "expected " + expected + ", found " + shown);
            return Optional.empty();
        }
        try {
            Path file = Path.of(text.get());
            return Optional.of(baseDir == null || file.isAbsolute() ? file : baseDir.resolve(file).normalize());
        } catch (InvalidPathException e) {
            problems.add(node.at(), path, "expected " + expected + ", found " + shown + " that is not a valid path");
            return Optional.empty();
        }
    }
}
