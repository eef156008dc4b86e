package io.hvmon.app.log;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Formatter;

/** How log lines look: text for people, JSON (one object per line) for log shippers. */
public enum LogFormat {
    TEXT,
    JSON;

    /** As written in config.json and on the command line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case is ignored. */
    public static Optional<LogFormat> parse(String text) {
        return Arrays.stream(values()).filter(format -> format.wireName().equalsIgnoreCase(text)).findFirst();
    }

    /** For messages: {@code text or json}. */
    public static String choices() {
        return "text or json";
    }

    /** A new formatter writing this format. */
    public Formatter formatter() {
        return switch (this) {
            case TEXT -> new UtcLineFormatter();
            case JSON -> new JsonLineFormatter();
        };
    }
}
