package io.hvmon.app.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks parsed JSON and checks every date-time in it: a string that starts like one ({@code 2026-11-30T}) or sits
 * under a key named like one ({@code …_at}, {@code …_time}, {@code last_success}, {@code next_attempt}, …) must be
 * RFC 3339 in UTC with seconds and exactly milliseconds, and parse with {@link Instant#parse}.
 */
public final class TimestampCheck {

    /** Written out here rather than taken from the code under test. */
    public static final Pattern STRICT = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$");
    private static final Pattern LOOKS_LIKE_ONE = Pattern.compile("^[+-]?\\d{4,}-\\d{2}-\\d{2}T.*", Pattern.DOTALL);
    private static final Pattern NAMED_LIKE_ONE = Pattern.compile(".*(_at|_time|^last_success|^last_attempt|^next_attempt)$");

    private TimestampCheck() {
    }

    /** Checks {@code json}; returns the keys under which date-times were found (the parent key for array elements). */
    public static Set<String> check(Object json, String where) {
        Set<String> found = new TreeSet<>();
        walk(json, "", where, found);
        return found;
    }

    /** Checks one value, such as a header. */
    public static void checkOne(String value, String where) {
        assertThat(value).as(where).matches(STRICT);
        assertThat(Instant.parse(value)).as(where).isNotNull();
    }

    private static void walk(Object value, String key, String where, Set<String> found) {
        switch (value) {
            case Map<?, ?> map -> map.forEach((k, v) -> walk(v, String.valueOf(k), where + "." + k, found));
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    walk(list.get(i), key, where + "[" + i + "]", found);
                }
            }
            case String text when LOOKS_LIKE_ONE.matcher(text).matches() || NAMED_LIKE_ONE.matcher(key).matches() -> {
                checkOne(text, where);
                found.add(key);
            }
            case null, default -> {
            }
        }
    }
}
