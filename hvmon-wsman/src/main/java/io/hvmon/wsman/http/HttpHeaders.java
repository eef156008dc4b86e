package io.hvmon.wsman.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HTTP header fields in the order received or to be sent; names compared case-insensitively. */
public final class HttpHeaders {

    private final List<Map.Entry<String, String>> fields;

    private HttpHeaders(List<Map.Entry<String, String>> fields) {
        this.fields = Collections.unmodifiableList(fields);
    }

    public static HttpHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new HttpHeaders(fields);
    }

    static HttpHeaders copyOf(List<Map.Entry<String, String>> fields) {
        return new HttpHeaders(new ArrayList<>(fields));
    }

    public List<Map.Entry<String, String>> fields() {
        return fields;
    }

    /** The first value of a header, if present. */
    public Optional<String> first(String name) {
        return fields.stream().filter(f -> f.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** Every value of a header (e.g. one WWW-Authenticate per scheme). */
    public List<String> all(String name) {
        return fields.stream().filter(f -> f.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
    }

    /** A copy with one more field. */
    public HttpHeaders with(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(fields);
        more.add(Map.entry(name, value));
        return new HttpHeaders(more);
    }

    @Override
    public String toString() {
        // Authorization values carry credentials or tokens: never print them.
        return fields.stream().map(f -> f.getKey() + ": "
                + (f.getKey().equalsIgnoreCase("Authorization") ? "<redacted>" : f.getValue())).toList().toString();
    }
}
