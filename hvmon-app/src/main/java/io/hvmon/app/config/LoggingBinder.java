package io.hvmon.app.config;

import io.hvmon.app.log.LogFormat;
import io.hvmon.app.log.LogLevel;
import io.hvmon.app.log.LogSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Validates config.json's {@code logging} object: {@code level} and {@code format}. */
final class LoggingBinder {

    static final List<String> KEYS = List.of("level", "format");

    private final Problems problems;

    LoggingBinder(Problems problems) {
        this.problems = problems;
    }

    Optional<LogSettings> logging(Node node, String path) {
        Optional<Fields> found = Fields.of(node, path, KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields logging = found.get();
        logging.reportUnknown();
        Optional<LogLevel> level = logging.get("level")
                .map(value -> choice(value, logging.pathOf("level"), LogLevel.values(), LogLevel::wireName, LogLevel::parse))
                .orElse(Optional.of(LogSettings.DEFAULT.level()));
        Optional<LogFormat> format = logging.get("format")
                .map(value -> choice(value, logging.pathOf("format"), LogFormat.values(), LogFormat::wireName,
                        LogFormat::parse))
                .orElse(Optional.of(LogSettings.DEFAULT.format()));
        if (level.isEmpty() || format.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LogSettings(level.get(), format.get()));
    }

    /** One of a few words, case ignored; anything else is reported with the words allowed. */
    private <T> Optional<T> choice(Node node, String path, T[] all, Function<T, String> wireName,
                                   Function<String, Optional<T>> parse) {
        String expected = "one of " + Arrays.stream(all).map(value -> "\"" + wireName.apply(value) + "\"")
                .collect(Collectors.joining(", "));
        return Values.string(node, path, expected, problems).flatMap(text -> {
            Optional<T> value = parse.apply(text);
            if (value.isEmpty()) {
                problems.add(node.at(), path, "expected " + expected + ", found " + node.found());
            }
            return value;
        });
    }
}
