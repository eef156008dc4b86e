package io.hvmon.app.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request's headers, independent of the HTTP engine: names compared case-insensitively, every value of a header
 * given several times kept in order.
 */
@FunctionalInterface
public interface RequestHeaders {

    RequestHeaders NONE = name -> List.of();

    /** Every value of the header, in order; empty when absent. */
    List<String> all(String name);

    /** The first value, or null. */
    default String first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.getFirst();
    }

    /** Headers from a map of name to values (any case). */
    static RequestHeaders of(Map<String, List<String>> headers) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> byName.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        return name -> byName.getOrDefault(name, List.of());
    }
}
