package io.hvmon.cim;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text forms of CIM datetimes: the DMTF strings local WMI/COM uses ({@code 20130429114311.203125-420},
 * {@code 00000000183000.000000:000}) and the XML Schema forms WS-Management uses ({@code 2013-04-29T11:43:11.203125-07:00},
 * {@code P0DT18H30M0S}). Parsers trim surrounding blanks; malformed text is an {@link IllegalArgumentException} that
 * quotes the text and names the expected form.
 */
public final class CimDateTimes {

    private static final String DMTF_DATETIME_FORM = "yyyymmddHHMMSS.mmmmmmsUUU (e.g. 20130429114311.203125-420)";
    private static final String DMTF_INTERVAL_FORM = "ddddddddHHMMSS.mmmmmm:000 (e.g. 00000000183000.000000:000)";
    private static final String XS_DATETIME_FORM = "xs:dateTime yyyy-mm-ddThh:mm:ss[.fffffffff][Z|+hh:mm]";
    private static final String XS_DURATION_FORM = "xs:duration [-]P[nD][T[nH][nM][n[.fffffffff]S]] (e.g. P1DT2H3M4.5S)";

    private static final Pattern DMTF_DATETIME =
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})\\.(\\d{6})([+-])(\\d{3})");
    private static final Pattern DMTF_INTERVAL =
            Pattern.compile("(\\d{8})(\\d{2})(\\d{2})(\\d{2})\\.(\\d{6}):000");
    private static final Pattern XS_DATETIME = Pattern.compile(
            "(-?\\d{4,})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?([Zz]|[+-]\\d{2}:\\d{2})?");
    // Years and months have no fixed length, so they are accepted only as zero (some writers emit P0Y0M...).
    private static final Pattern XS_DURATION = Pattern.compile(
            "(-)?P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:\\.(\\d{1,9}))?S)?)?");

    /** FILETIME's epoch, which Windows writes for "never"; anything before 1602 is treated the same way. */
    private static final Instant NEVER_BEFORE = Instant.parse("1602-01-01T00:00:00Z");

    private CimDateTimes() {
    }

    // ---- DMTF (local WMI/COM) ----

    /** Parses {@code yyyymmddHHMMSS.mmmmmmsUUU}, where s is + or - and UUU the UTC offset in minutes. */
    public static OffsetDateTime parseDmtfDateTime(String text) {
        String s = trimmed(text, DMTF_DATETIME_FORM);
        refuseWildcards(s, DMTF_DATETIME_FORM);
        Matcher m = DMTF_DATETIME.matcher(s);
        if (!m.matches()) {
            throw malformed(text, DMTF_DATETIME_FORM);
        }
        int offsetMinutes = Integer.parseInt(m.group(9)) * (m.group(8).equals("-") ? -1 : 1);
        try {
            return OffsetDateTime.of(
                    LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6), num(m, 7) * 1000),
                    ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        } catch (DateTimeException e) {
            throw invalid(text, DMTF_DATETIME_FORM, e);
        }
    }

    /** Parses {@code ddddddddHHMMSS.mmmmmm:000}. */
    public static Duration parseDmtfInterval(String text) {
        String s = trimmed(text, DMTF_INTERVAL_FORM);
        refuseWildcards(s, DMTF_INTERVAL_FORM);
        Matcher m = DMTF_INTERVAL.matcher(s);
        if (!m.matches()) {
            throw malformed(text, DMTF_INTERVAL_FORM);
        }
        if (num(m, 2) > 23 || num(m, 3) > 59 || num(m, 4) > 59) {
            throw new IllegalArgumentException("Invalid DMTF interval '" + text
                    + "': hours must be 00-23, minutes and seconds 00-59; expected " + DMTF_INTERVAL_FORM);
        }
        return Duration.ofDays(Long.parseLong(m.group(1)))
                .plusHours(num(m, 2)).plusMinutes(num(m, 3)).plusSeconds(num(m, 4))
                .plus(num(m, 5), ChronoUnit.MICROS);
    }

    /**
     * Parses either DMTF form, as a CIM datetime property may hold a timestamp or an interval: the character after
     * the microseconds, ':' for an interval, tells them apart.
     *
     * @return an {@link OffsetDateTime} or a {@link Duration}
     */
    public static Object parseDmtf(String text) {
        String s = trimmed(text, DMTF_DATETIME_FORM + " or " + DMTF_INTERVAL_FORM);
        return s.length() > 21 && s.charAt(21) == ':' ? parseDmtfInterval(s) : parseDmtfDateTime(s);
    }

    /**
     * Formats as {@code yyyymmddHHMMSS.mmmmmmsUUU}; digits below the microsecond are dropped (DMTF has none). A zero
     * offset is written {@code -000}, as Hyper-V writes it (e.g. {@code 16010101000000.000000-000}).
     */
    public static String formatDmtfDateTime(OffsetDateTime t) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("Cannot write " + t + " as a DMTF datetime: the year must be 0000-9999");
        }
        int offsetMinutes = wholeMinuteOffset(t, "a DMTF datetime");
        if (Math.abs(offsetMinutes) > 999) {
            throw new IllegalArgumentException("Cannot write " + t + " as a DMTF datetime: the offset needs more than 999 minutes");
        }
        return String.format(Locale.ROOT, "%04d%02d%02d%02d%02d%02d.%06d%s%03d", year, t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000, offsetMinutes > 0 ? "+" : "-",
                Math.abs(offsetMinutes));
    }

    /** Formats as {@code ddddddddHHMMSS.mmmmmm:000}; digits below the microsecond are dropped. */
    public static String formatDmtfInterval(Duration d) {
        if (d.isNegative() || d.toDays() > 99_999_999L) {
            throw new IllegalArgumentException("Cannot write " + d + " as a DMTF interval: it must be 0 to 99999999 days");
        }
        return String.format(Locale.ROOT, "%08d%02d%02d%02d.%06d:000", d.toDays(), d.toHoursPart(), d.toMinutesPart(),
                d.toSecondsPart(), d.toNanosPart() / 1000);
    }

    // ---- XML Schema (WS-Management) ----

    /**
     * Parses an xs:dateTime: optional fraction of 1-9 digits, {@code Z} or {@code ±hh:mm}, and 24:00:00 for the end of
     * a day. A value without a time zone is taken as UTC (WMI always writes one; this only guards other writers).
     */
    public static OffsetDateTime parseXsDateTime(String text) {
        String s = trimmed(text, XS_DATETIME_FORM);
        Matcher m = XS_DATETIME.matcher(s);
        if (!m.matches()) {
            throw malformed(text, XS_DATETIME_FORM);
        }
        try {
            ZoneOffset offset = m.group(8) == null || m.group(8).equalsIgnoreCase("Z")
                    ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), num(m, 2), num(m, 3));
            int hour = num(m, 4);
            int nanos = fractionNanos(m.group(7));
            if (hour == 24 && num(m, 5) == 0 && num(m, 6) == 0 && nanos == 0) {
                return OffsetDateTime.of(date.plusDays(1).atStartOfDay(), offset);
            }
            return OffsetDateTime.of(date.atTime(hour, num(m, 5), num(m, 6), nanos), offset);
        } catch (DateTimeException | NumberFormatException e) {
            throw invalid(text, XS_DATETIME_FORM, e);
        }
    }

    /** Formats as an xs:dateTime: {@code Z} for UTC, the fraction only when non-zero and without trailing zeros. */
    public static String formatXsDateTime(OffsetDateTime t) {
        wholeMinuteOffset(t, "an xs:dateTime");
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    /**
     * Parses an xs:duration into an exact {@link Duration}: days, hours, minutes and seconds with a fraction of 1-9
     * digits. Years and months are accepted only when zero, as their length varies.
     */
    public static Duration parseXsDuration(String text) {
        String s = trimmed(text, XS_DURATION_FORM);
        Matcher m = XS_DURATION.matcher(s);
        // The pattern alone accepts "P" and "P1DT"; xs:duration needs at least one field, and one after a T.
        if (!m.matches() || s.endsWith("P") || s.endsWith("T")) {
            throw malformed(text, XS_DURATION_FORM);
        }
        if (isNonZero(m.group(2)) || isNonZero(m.group(3))) {
            throw new IllegalArgumentException("Unsupported xs:duration '" + text
                    + "': years and months have no fixed length; expected " + XS_DURATION_FORM);
        }
        try {
            Duration d = Duration.ofDays(number(m.group(4)))
                    .plusHours(number(m.group(5)))
                    .plusMinutes(number(m.group(6)))
                    .plusSeconds(number(m.group(7)))
                    .plusNanos(fractionNanos(m.group(8)));
            return m.group(1) != null ? d.negated() : d;
        } catch (ArithmeticException | NumberFormatException e) {
            throw invalid(text, XS_DURATION_FORM, e);
        }
    }

    /**
     * Formats as {@code PnDTnHnMn[.f]S} with every field present ({@code P0DT0H1M40S}), the shape seen from Windows for
     * cim:Interval; the fraction only when non-zero. Negative durations (no CIM interval is negative) are refused.
     */
    public static String formatXsDuration(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("Cannot write " + d + " as a CIM interval: it is negative");
        }
        StringBuilder text = new StringBuilder().append('P').append(d.toDays()).append("DT")
                .append(d.toHoursPart()).append('H').append(d.toMinutesPart()).append('M').append(d.toSecondsPart());
        if (d.toNanosPart() != 0) {
            text.append('.').append(String.format(Locale.ROOT, "%09d", d.toNanosPart()).replaceFirst("0+$", ""));
        }
        return text.append('S').toString();
    }

    // ---- "never" ----

    /**
     * Whether a timestamp is Windows' "never": the FILETIME epoch 1601-01-01T00:00Z in any offset, or any instant
     * before 1602 (no real Hyper-V event is that old). False for null, which is a NULL value, not a date.
     */
    public static boolean isNever(OffsetDateTime t) {
        return t != null && t.toInstant().isBefore(NEVER_BEFORE);
    }

    // ---- helpers ----

    private static String trimmed(String text, String form) {
        if (text == null) {
            throw new IllegalArgumentException("Missing datetime text (null); expected " + form);
        }
        return text.strip();
    }

    // DMTF lets unused fields be asterisks (e.g. a time of day without a date); hvmon needs complete values.
    private static void refuseWildcards(String s, String form) {
        if (s.indexOf('*') >= 0) {
            throw new IllegalArgumentException("Unsupported DMTF value '" + s
                    + "': '*' wildcard fields are not supported, every field must be digits; expected " + form);
        }
    }

    private static int wholeMinuteOffset(OffsetDateTime t, String what) {
        int seconds = t.getOffset().getTotalSeconds();
        if (seconds % 60 != 0) {
            throw new IllegalArgumentException("Cannot write " + t + " as " + what + ": the offset is not whole minutes");
        }
        return seconds / 60;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static boolean isNonZero(String digits) {
        return digits != null && !digits.chars().allMatch(c -> c == '0');
    }

    private static int fractionNanos(String digits) {
        if (digits == null) {
            return 0;
        }
        return Integer.parseInt((digits + "000000000").substring(0, 9));
    }

    private static IllegalArgumentException malformed(String text, String form) {
        return new IllegalArgumentException("Malformed datetime '" + text + "'; expected " + form);
    }

    private static IllegalArgumentException invalid(String text, String form, Exception cause) {
        return new IllegalArgumentException("Invalid datetime '" + text + "': " + cause.getMessage() + "; expected " + form,
                cause);
    }
}
