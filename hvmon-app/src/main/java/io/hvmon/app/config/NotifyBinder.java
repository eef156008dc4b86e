package io.hvmon.app.config;

import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import io.hvmon.events.EventType;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Validates config.json's {@code notify} object and its {@code webhooks[]}. */
final class NotifyBinder {

    static final List<String> KEYS = List.of("webhooks");
    static final List<String> WEBHOOK_KEYS = List.of("url", "events", "format", "secret_env", "secret_file", "verify",
            "timeout_seconds");
    static final String URL_EXPECTED = "an http:// or https:// URL with a host";

    private final Problems problems;
    private final Path baseDir;

    NotifyBinder(Problems problems, Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    Optional<NotifyConfig> notify(Node node, String path) {
        Optional<Fields> found = Fields.of(node, path, KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields notify = found.get();
        notify.reportUnknown();
        Optional<Node> list = notify.get("webhooks");
        if (list.isEmpty()) {
            return Optional.of(NotifyConfig.NONE);
        }
        String listPath = notify.pathOf("webhooks");
        if (!(list.get() instanceof Node.ArrayNode array)) {
            problems.add(list.get().at(), listPath, "expected an array of webhooks, found " + list.get().found());
            return Optional.empty();
        }
        if (array.elements().size() > NotifyConfig.MAX_WEBHOOKS) {
            problems.add(array.at(), listPath, "expected at most " + NotifyConfig.MAX_WEBHOOKS + " webhooks, found "
                    + array.elements().size());
            return Optional.empty();
        }
        List<WebhookConfig> webhooks = new ArrayList<>();
        boolean allGood = true;
        for (int i = 0; i < array.elements().size(); i++) {
            Optional<WebhookConfig> webhook = webhook(array.elements().get(i), listPath + "[" + i + "]");
            allGood &= webhook.isPresent();
            webhook.ifPresent(webhooks::add);
        }
        return allGood ? Optional.of(new NotifyConfig(webhooks)) : Optional.empty();
    }

    private Optional<WebhookConfig> webhook(Node node, String path) {
        Optional<Fields> found = Fields.of(node, path, WEBHOOK_KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields hook = found.get();
        hook.reportUnknown();
        Optional<URI> url = hook.get("url").flatMap(n -> url(n, hook.pathOf("url")));
        if (hook.get("url").isEmpty()) {
            problems.add(hook.at(), path, "no url; expected a url (" + URL_EXPECTED + ")");
        }
        Optional<Set<EventType>> events = hook.get("events").map(n -> events(n, hook.pathOf("events")))
                .orElse(Optional.of(EnumSet.allOf(EventType.class)));
        Optional<WebhookFormat> format = hook.get("format").map(n -> format(n, hook.pathOf("format")))
                .orElse(Optional.of(WebhookFormat.JSON));
        Optional<Optional<PasswordSource>> secret = secret(hook);
        Optional<Boolean> verify = hook.get("verify").map(n -> Values.bool(n, hook.pathOf("verify"), problems))
                .orElse(Optional.of(true));
        Optional<Long> timeout = hook.get("timeout_seconds").map(n -> Values.integer(n, hook.pathOf("timeout_seconds"),
                1, WebhookConfig.MAX_TIMEOUT_SECONDS, problems))
                .orElse(Optional.of(WebhookConfig.DEFAULT_TIMEOUT.toSeconds()));
        if (url.isEmpty() || events.isEmpty() || format.isEmpty() || secret.isEmpty() || verify.isEmpty()
                || timeout.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WebhookConfig(url.get(), events.get(), format.get(), secret.get(), verify.get(),
                Duration.ofSeconds(timeout.get())));
    }

    // A webhook URL may hold a token (Slack, Teams): it is never repeated in a message.
    private Optional<URI> url(Node node, String path) {
        Optional<String> text = Values.secretishString(node, path, URL_EXPECTED, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawFragment() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(node.at(), path, "expected " + URL_EXPECTED + " (no user:password@, no #fragment), found "
                + node.kind() + " that is not one (not shown: a webhook URL may hold a token)");
        return Optional.empty();
    }

    private Optional<Set<EventType>> events(Node node, String path) {
        String expected = "a non-empty array of event types (" + knownTypes() + ")";
        if (!(node instanceof Node.ArrayNode array) || array.elements().isEmpty()) {
            problems.add(node.at(), path, "expected " + expected + ", found " + node.found());
            return Optional.empty();
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        boolean allGood = true;
        for (int i = 0; i < array.elements().size(); i++) {
            Node item = array.elements().get(i);
            Optional<EventType> type = item instanceof Node.StringNode s ? EventType.parse(s.value()) : Optional.empty();
            if (type.isEmpty()) {
                problems.add(item.at(), path + "[" + i + "]", "expected one of " + knownTypes() + ", found " + item.found());
                allGood = false;
            } else {
                types.add(type.get());
            }
        }
        return allGood ? Optional.of(types) : Optional.empty();
    }

    private static String knownTypes() {
        return String.join(", ", java.util.Arrays.stream(EventType.values()).map(EventType::wireName).toList());
    }

    private Optional<WebhookFormat> format(Node node, String path) {
        String expected = "one of \"json\", \"slack\", \"teams\"";
        return Values.string(node, path, expected, problems).flatMap(text -> {
            Optional<WebhookFormat> format = WebhookFormat.parse(text);
            if (format.isEmpty()) {
                problems.add(node.at(), path, "expected " + expected + ", found " + node.found());
            }
            return format;
        });
    }

    /** At most one of secret_env and secret_file; their values are never shown. */
    private Optional<Optional<PasswordSource>> secret(Fields hook) {
        Optional<Node.Member> env = hook.member("secret_env");
        Optional<Node.Member> file = hook.member("secret_file");
        if (env.isPresent() && file.isPresent()) {
            problems.add(file.get().keyAt(), hook.path(), "both secret_env and secret_file are set; expected at most one");
            return Optional.empty();
        }
        if (env.isPresent()) {
            Node node = env.get().value();
            String path = hook.pathOf("secret_env");
            return Values.secretishString(node, path, HostsBinder.ENV_EXPECTED, problems).flatMap(name -> {
                if (HostsBinder.ENV_NAME.matcher(name).matches()) {
                    return Optional.of(Optional.of(new PasswordSource.EnvironmentVariable(name)));
                }
                problems.add(node.at(), path, "expected " + HostsBinder.ENV_EXPECTED + ", found " + node.kind()
                        + " that is not one (not shown: it may be the secret)");
                return Optional.empty();
            });
        }
        if (file.isPresent()) {
            return new HostsBinder(problems, baseDir).file(file.get().value(), hook.pathOf("secret_file"),
                    "the path of a file holding the secret", true).map(p -> Optional.of(new PasswordSource.File(p)));
        }
        return Optional.of(Optional.empty());
    }
}
