package io.hvmon.app.log;

import io.hvmon.model.Timestamps;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The text format, on the console and in the service's log file: UTC time with milliseconds, level, message; then the
 * stack trace, if any. UTC, so lines from hosts in several time zones and across daylight-saving changes sort as they
 * happened; milliseconds, so lines can be matched with access logs and packet captures.
 */
final class UtcLineFormatter extends Formatter {


    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(time(record.getInstant())).append(' ')
                .append(String.format("%-7s", LogLevel.label(record.getLevel()))).append(' ')
                .append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            line.append(stackTrace(record.getThrown()));
        }
        return line.toString();
    }

    /** The time as both formats write it: {@code 2026-11-30T01:30:00.250Z}. */
    static String time(Instant instant) {
        return Timestamps.format(instant);
    }

    static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
