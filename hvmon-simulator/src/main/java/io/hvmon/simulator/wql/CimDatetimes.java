package io.hvmon.simulator.wql;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses datetime literals in WQL: DMTF timestamps and intervals as WMI writes them, or ISO 8601. */
final class CimDatetimes {

    private static final Pattern DMTF_TIMESTAMP =
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})\\.(\\d{6})([+-])(\\d{3})");
    private static final Pattern DMTF_INTERVAL = Pattern.compile("(\\d{8})(\\d{2})(\\d{2})(\\d{2})\\.(\\d{6}):000");

    private CimDatetimes() {
    }

    /** An {@link OffsetDateTime} or a {@link Duration}; null if the text is neither. */
    static Object parse(String text) {
        String s = text.strip();
        Matcher m = DMTF_TIMESTAMP.matcher(s);
        if (m.matches()) {
            int offsetMinutes = Integer.parseInt(m.group(9)) * (m.group(8).equals("-") ? -1 : 1);
            try {
                LocalDateTime local = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6),
                        num(m, 7) * 1000);
                return local.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        m = DMTF_INTERVAL.matcher(s);
        if (m.matches()) {
            return Duration.ofDays(Long.parseLong(m.group(1))).plusHours(num(m, 2)).plusMinutes(num(m, 3))
                    .plusSeconds(num(m, 4)).plusNanos(num(m, 5) * 1000L);
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            // not ISO either; try a duration
        }
        try {
            return Duration.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
