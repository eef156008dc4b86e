package io.hvmon.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record for log files: UTC time with milliseconds, level, message; then the stack trace, if any (a log
 * file is read to find out what went wrong, unlike the console). UTC, so lines from hosts in several time zones and
 * across daylight-saving changes sort as they happened.
 */
final class UtcLineFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(TIME.format(record.getInstant())).append(' ')
                .append(String.format("%-7s", record.getLevel().getName())).append(' ')
                .append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    /** For tests: the time as this formatter writes it. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
