package io.hvmon.app.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Validates config.json's {@code events} object. */
final class EventsBinder {

    static final List<String> KEYS = List.of("history", "max_subscribers", "replication_lag_warning_seconds",
            "replication_lag_critical_seconds");

    private final Problems problems;

    EventsBinder(Problems problems) {
        this.problems = problems;
    }

    Optional<EventsConfig> events(Node node, String path) {
        Optional<Fields> found = Fields.of(node, path, KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields events = found.get();
        events.reportUnknown();
        Optional<Long> history = integer(events, "history", 0, EventsConfig.MAX_HISTORY, EventsConfig.DEFAULT_HISTORY);
        Optional<Long> subscribers = integer(events, "max_subscribers", 1, EventsConfig.MAX_SUBSCRIBERS,
                EventsConfig.DEFAULT_MAX_SUBSCRIBERS);
        Optional<Node> warningNode = events.get("replication_lag_warning_seconds");
        Optional<Node> criticalNode = events.get("replication_lag_critical_seconds");
        Optional<Long> warning = warningNode.flatMap(value -> Values.integer(value,
                events.pathOf("replication_lag_warning_seconds"), 1, EventsConfig.MAX_LAG_SECONDS, problems));
        Optional<Long> critical = criticalNode.flatMap(value -> Values.integer(value,
                events.pathOf("replication_lag_critical_seconds"), 1, EventsConfig.MAX_LAG_SECONDS, problems));
        if (history.isEmpty() || subscribers.isEmpty() || warningNode.isPresent() != warning.isPresent()
                || criticalNode.isPresent() != critical.isPresent()) {
            return Optional.empty();
        }
        if (warning.isPresent() != critical.isPresent()) {
            String set = warning.isPresent() ? "replication_lag_warning_seconds" : "replication_lag_critical_seconds";
            String missing = warning.isPresent() ? "replication_lag_critical_seconds" : "replication_lag_warning_seconds";
            problems.add(warningNode.or(() -> criticalNode).orElseThrow().at(), events.pathOf(set),
                    "is set without " + missing + "; set both, or neither to use 2 and 4 replication intervals");
            return Optional.empty();
        }
        if (warning.isPresent() && critical.get() <= warning.get()) {
            problems.add(criticalNode.orElseThrow().at(), events.pathOf("replication_lag_critical_seconds"),
                    critical.get() + " is not longer than replication_lag_warning_seconds (" + warning.get()
                            + "); expected more than " + warning.get());
            return Optional.empty();
        }
        return Optional.of(new EventsConfig(history.get().intValue(), subscribers.get().intValue(),
                warning.map(Duration::ofSeconds).orElse(null), critical.map(Duration::ofSeconds).orElse(null)));
    }

    private Optional<Long> integer(Fields fields, String key, long min, long max, long defaultValue) {
        return fields.get(key).map(value -> Values.integer(value, fields.pathOf(key), min, max, problems))
                .orElse(Optional.of(defaultValue));
    }
}
