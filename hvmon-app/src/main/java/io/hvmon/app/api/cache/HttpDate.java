package io.hvmon.app.api.cache;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110 §5.6.7): written as IMF-fixdate, read in all three forms a recipient must accept
 * ({@code Sun, 06 Nov 1994 08:49:37 GMT}, the obsolete {@code Sunday, 06-Nov-94 08:49:37 GMT} and
 * {@code Sun Nov  6 08:49:37 1994}).
 */
public final class HttpDate {

    /** RFC_1123_DATE_TIME would write a one-digit day ("Tue, 3 Jun 2026"); IMF-fixdate has two. */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** Without its weekday: with a two-digit year read as 20yy, the weekday would not match the date yet. */
    private static final DateTimeFormatter RFC_850_DATE = DateTimeFormatter
            .ofPattern("dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter
            .ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    private HttpDate() {
    }

    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** The date of a field given once; empty when absent, given more than once, or not a valid HTTP date. */
    public static Optional<Instant> parse(List<String> values) {
        return values.size() == 1 ? parse(values.getFirst()) : Optional.empty();
    }

    static Optional<Instant> parse(String text) {
        String value = text.trim();
        try {
            return Optional.of(ZonedDateTime.parse(value, IMF_FIXDATE).toInstant());
        } catch (DateTimeParseException notImf) {
            // one of the obsolete forms, or nothing
        }
        try {
            int comma = value.indexOf(", ");
            LocalDateTime at = LocalDateTime.parse(comma < 0 ? value : value.substring(comma + 2), RFC_850_DATE);
            // A two-digit year more than 50 years ahead is in the past century (RFC 9110 §5.6.7).
            if (at.getYear() > LocalDateTime.now(ZoneOffset.UTC).getYear() + 50) {
                at = at.minusYears(100);
            }
            return Optional.of(at.toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notRfc850) {
            // asctime, or nothing
        }
        try {
            return Optional.of(LocalDateTime.parse(value, ASCTIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException invalid) {
            return Optional.empty();
        }
    }
}
