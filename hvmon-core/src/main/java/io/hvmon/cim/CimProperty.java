package io.hvmon.cim;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One typed property value of a CIM instance, or a method parameter.
 *
 * <p>Scalars are held as: integers {@link Long} (uint64 as the same 64 bits, read with {@link Long#toUnsignedString}),
 * reals {@link Double}, booleans {@link Boolean}, strings {@link String}, datetimes {@link OffsetDateTime} or
 * {@link Duration} (intervals), references {@link CimReference}, embedded instances {@link CimInstance}. Arrays are
 * immutable {@link List}s of those (elements may be null). NULL is a Java null.
 */
public record CimProperty(String name, CimType type, boolean array, Object value) {

    public CimProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (value != null) {
            if (array) {
                if (!(value instanceof List<?> list)) {
                    throw new IllegalArgumentException(name + ": an array property needs a List, got " + value.getClass().getSimpleName());
                }
                list.forEach(element -> checkScalar(name, type, element));
                value = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
            } else {
                checkScalar(name, type, value);
            }
        }
    }

    public static CimProperty scalar(String name, CimType type, Object value) {
        return new CimProperty(name, type, false, value);
    }

    public static CimProperty array(String name, CimType type, List<?> values) {
        return new CimProperty(name, type, true, values);
    }

    public static CimProperty nullValue(String name, CimType type, boolean array) {
        return new CimProperty(name, type, array, null);
    }

    public boolean isNull() {
        return value == null;
    }

    private static void checkScalar(String name, CimType type, Object element) {
        if (element == null) {
            return;
        }
        boolean ok = switch (type) {
            case DATETIME -> element instanceof OffsetDateTime || element instanceof Duration;
            default -> type.javaType().isInstance(element);
        };
        if (!ok) {
            throw new IllegalArgumentException(name + ": a " + type.mofName() + " value cannot be a "
                    + element.getClass().getSimpleName());
        }
    }
}
