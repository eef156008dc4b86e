package io.hvmon.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one form of every timestamp hvmon writes (JSON bodies, {@code X-Hvmon-Collected-At}, command output, logs): RFC 3339
 * in UTC with seconds and exactly three fraction digits, {@code 2026-11-30T00:00:00.000Z}. {@code Instant.toString()}
 * drops zero seconds and varies the fraction (none, 3, 6 or 9 digits), which strict parsers such as Go's refuse or
 * misread. Finer digits are cut, not rounded, so a time never moves forward; an offset (WMI datetimes carry one) is
 * converted to UTC.
 */
public final class Timestamps {

    /** What every written timestamp matches. */
    public static final String PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant at) {
        return FORMAT.format(at);
    }

    public static String format(OffsetDateTime at) {
        return format(at.toInstant());
    }
}
