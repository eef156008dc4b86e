package io.hvmon.hyperv.values;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Code lookups over the {@link CodedValue} enums, backed by one precomputed map per enum. */
public final class ValueMaps {

    // ClassValue computes each enum's map once, lazily and thread-safely, without a global registry to maintain.
    private static final ClassValue<Map<Long, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<Long, Object> computeValue(Class<?> type) {
            Map<Long, Object> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Object previous = byCode.put((long) ((CodedValue) constant).code(), constant);
                if (previous != null) {
                    throw new IllegalStateException(type.getSimpleName() + " maps code " + ((CodedValue) constant).code()
                            + " twice: " + previous + " and " + constant);
                }
            }
            return Map.copyOf(byCode);
        }
    };

    private ValueMaps() {
    }

    /**
     * The constant of {@code type} with this code. The code is a long because WMI integers arrive as longs: a value
     * outside the int range simply matches nothing (it is never truncated onto a known code).
     */
    public static <E extends Enum<E> & CodedValue> Optional<E> lookup(Class<E> type, long code) {
        return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
    }

    /**
     * The display text for a code: null for a NULL value, the friendly name when the code is known, otherwise
     * {@code "unknown (N)"} so an unexpected value stays visible instead of being dropped.
     */
    public static <E extends Enum<E> & CodedValue> String friendly(Class<E> type, Long code) {
        if (code == null) {
            return null;
        }
        return lookup(type, code).map(CodedValue::friendlyName).orElseGet(() -> unknown(code));
    }

    /** The text used for a code no map knows. */
    public static String unknown(long code) {
        return "unknown (" + code + ")";
    }
}
