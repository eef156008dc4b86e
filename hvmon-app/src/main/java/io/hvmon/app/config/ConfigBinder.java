package io.hvmon.app.config;

import io.hvmon.app.api.ReadyWhen;
import io.hvmon.app.log.LogSettings;
import io.hvmon.app.view.ValueStyle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validates the top level of config.json and builds {@link HvmonConfig}. Every problem is reported to
 * {@link Problems}; the config is built only when there are none, so records never see a bad value.
 */
final class ConfigBinder {

    static final List<String> TOP_KEYS = List.of("listen", "values", "collection", "hosts", "security", "logging", "events",
            "notify", "kerberos");
    static final List<String> COLLECTION_KEYS = List.of("interval_seconds", "timeout_seconds", "ready_when");

    private final Problems problems;
    private final Path baseDir;

    private ConfigBinder(Problems problems, Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    /**
     * The config the tree describes. {@code baseDir} (nullable) is where relative file paths in the config are
     * resolved from: the config file's directory, so a service started from anywhere finds them.
     */
    static HvmonConfig bind(Node root, String source, Path baseDir) throws ConfigException {
        Problems problems = new Problems(source);
        if (!(root instanceof Node.ObjectNode)) {
            problems.add(root.at(), "", "expected a JSON object at the top level ({ ... }), found " + root.found());
            problems.throwIfAny();
        }
        return new ConfigBinder(problems, baseDir).top(root);
    }

    private HvmonConfig top(Node root) throws ConfigException {
        Fields top = Fields.of(root, "", TOP_KEYS, problems).orElseThrow();
        top.reportUnknown();
        Optional<HvmonConfig.Listen> listen = top.get("listen").map(new ListenBinder(problems, baseDir)::listen)
                .orElse(Optional.of(HvmonConfig.Listen.DEFAULT));
        Optional<ValueStyle> values = top.get("values").map(this::values).orElse(Optional.of(ValueStyle.COMPAT));
        Optional<HvmonConfig.Collection> collection = top.get("collection").map(this::collection)
                .orElse(Optional.of(HvmonConfig.Collection.DEFAULT));
        Optional<List<RemoteHostConfig>> hosts = top.get("hosts")
                .map(node -> new HostsBinder(problems, baseDir).hosts(node, "hosts"))
                .orElse(Optional.of(List.of()));
        Optional<SecurityConfig> security = top.get("security")
                .map(node -> new SecurityBinder(problems).security(node, "security"))
                .orElse(Optional.of(SecurityConfig.NONE));
        Optional<LogSettings> logging = top.get("logging")
                .map(node -> new LoggingBinder(problems).logging(node, "logging"))
                .orElse(Optional.of(LogSettings.DEFAULT));
        Optional<EventsConfig> events = top.get("events")
                .map(node -> new EventsBinder(problems).events(node, "events"))
                .orElse(Optional.of(EventsConfig.DEFAULT));
        Optional<NotifyConfig> notify = top.get("notify")
                .map(node -> new NotifyBinder(problems, baseDir).notify(node, "notify"))
                .orElse(Optional.of(NotifyConfig.NONE));
        Optional<KerberosConfig> kerberos = top.get("kerberos")
                .map(node -> new KerberosBinder(problems, new HostsBinder(problems, baseDir))
                        .kerberos(node, "kerberos"))
                .orElse(Optional.of(KerberosConfig.NONE));
        problems.throwIfAny();
        return new HvmonConfig(listen.orElseThrow(), values.orElseThrow(), collection.orElseThrow(),
                hosts.orElseThrow(), security.orElseThrow(), logging.orElseThrow(), events.orElseThrow(),
                notify.orElseThrow(), kerberos.orElseThrow());
    }

    private Optional<ValueStyle> values(Node node) {
        String expected = "one of " + Arrays.stream(ValueStyle.values())
                .map(style -> "\"" + style.wireName() + "\"").collect(Collectors.joining(", "));
        return Values.string(node, "values", expected, problems).flatMap(text -> {
            Optional<ValueStyle> style = ValueStyle.parse(text);
            if (style.isEmpty()) {
                problems.add(node.at(), "values", "expected " + expected + ", found " + node.found());
            }
            return style;
        });
    }

    private Optional<HvmonConfig.Collection> collection(Node node) {
        Optional<Fields> found = Fields.of(node, "collection", COLLECTION_KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields collection = found.get();
        collection.reportUnknown();
        Optional<Node> intervalNode = collection.get("interval_seconds");
        Optional<Node> timeoutNode = collection.get("timeout_seconds");
        Optional<Long> interval = intervalNode
                .map(value -> Values.integer(value, collection.pathOf("interval_seconds"), 1,
                        HvmonConfig.Collection.MAX_INTERVAL_SECONDS, problems))
                .orElse(Optional.of(HvmonConfig.Collection.DEFAULT_INTERVAL_SECONDS));
        Optional<Long> timeout = timeoutNode
                .map(value -> Values.integer(value, collection.pathOf("timeout_seconds"), 1,
                        HvmonConfig.Collection.MAX_TIMEOUT_SECONDS, problems))
                .orElse(Optional.of(HvmonConfig.Collection.DEFAULT_TIMEOUT_SECONDS));
        Optional<ReadyWhen> readyWhen = collection.get("ready_when")
                .map(value -> readyWhen(value, collection.pathOf("ready_when")))
                .orElse(Optional.of(HvmonConfig.Collection.DEFAULT_READY_WHEN));
        if (interval.isEmpty() || timeout.isEmpty() || readyWhen.isEmpty()) {
            return Optional.empty();
        }
        if (timeout.get() > interval.get()) {
            // Point at whichever of the two the file actually sets; the other one is a default.
            if (timeoutNode.isPresent()) {
                problems.add(timeoutNode.get().at(), collection.pathOf("timeout_seconds"), timeout.get()
                        + " is longer than interval_seconds (" + interval.get()
                        + (intervalNode.isPresent() ? "" : " by default")
                        + "); expected at most " + interval.get());
            } else {
                problems.add(intervalNode.orElseThrow().at(), collection.pathOf("interval_seconds"), interval.get()
                        + " is shorter than timeout_seconds (" + timeout.get() + " by default); expected at least "
                        + timeout.get() + ", or set timeout_seconds to " + interval.get() + " or less");
            }
            return Optional.empty();
        }
        return Optional.of(new HvmonConfig.Collection(
                Duration.ofSeconds(interval.get()), Duration.ofSeconds(timeout.get()), readyWhen.get()));
    }

    private Optional<ReadyWhen> readyWhen(Node node, String path) {
        String expected = "one of " + Arrays.stream(ReadyWhen.values())
                .map(policy -> "\"" + policy.wireName() + "\"").collect(Collectors.joining(", "));
        return Values.string(node, path, expected, problems).flatMap(text -> {
            Optional<ReadyWhen> policy = ReadyWhen.parse(text);
            if (policy.isEmpty()) {
                problems.add(node.at(), path, "expected " + expected + ", found " + node.found());
            }
            return policy;
        });
    }
}
