package io.hvmon.app.check;

import java.util.Map;

/** Reads fields of the API's JSON objects as parsed by jackson-jr (Maps, Lists, Strings, Numbers, Booleans). */
final class Json {

    private Json() {
    }

    static String text(Map<String, Object> object, String key) {
        Object value = object == null ? null : object.get(key);
        return value == null ? null : value.toString();
    }

    static Double number(Map<String, Object> object, String key) {
        Object value = object == null ? null : object.get(key);
        return value instanceof Number number ? number.doubleValue() : null;
    }

    static boolean flag(Map<String, Object> object, String key) {
        return object != null && Boolean.TRUE.equals(object.get(key));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> object, String key) {
        Object value = object == null ? null : object.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** A count from a {@code {"name": count}} object such as {@code vms_by_state}; 0 when absent. */
    static long count(Map<String, Object> counts, String name) {
        Double value = number(counts, name);
        return value == null ? 0 : value.longValue();
    }
}
