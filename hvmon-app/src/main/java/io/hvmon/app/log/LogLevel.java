package io.hvmon.app.log;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * The levels a user chooses from ({@code --log-level}, {@code logging.level}), mapped onto java.util.logging's. The
 * same names label the lines, so "--log-level warn" shows WARN lines and worse.
 */
public enum LogLevel {
    ERROR(Level.SEVERE),
    WARN(Level.WARNING),
    INFO(Level.INFO),
    DEBUG(Level.FINE);

    private final Level julLevel;

    LogLevel(Level julLevel) {
        this.julLevel = julLevel;
    }

    /** The java.util.logging level: records at it and above are written. */
    public Level julLevel() {
        return julLevel;
    }

    /** As written in config.json and on the command line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case is ignored. */
    public static Optional<LogLevel> parse(String text) {
        return Arrays.stream(values()).filter(level -> level.wireName().equalsIgnoreCase(text)).findFirst();
    }

    /** For messages: {@code error, warn, info or debug}. */
    public static String choices() {
        String all = Arrays.stream(values()).map(LogLevel::wireName).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /**
     * The label of a record's level: ERROR, WARN, INFO, DEBUG, or TRACE for the finer levels nobody chooses here but
     * a logging configuration file may enable. CONFIG (between FINE and INFO) counts as DEBUG.
     */
    public static String label(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        } else if (value >= Level.WARNING.intValue()) {
            return "WARN";
        } else if (value >= Level.INFO.intValue()) {
            return "INFO";
        } else if (value >= Level.FINE.intValue()) {
            return "DEBUG";
        }
        return "TRACE";
    }
}
