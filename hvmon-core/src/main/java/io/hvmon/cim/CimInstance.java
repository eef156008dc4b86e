package io.hvmon.cim;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable CIM instance: its class and its typed properties. Property names are matched case-insensitively,
 * as WMI matches them, and iterate in case-insensitive alphabetical order, the order Windows renders them in.
 *
 * <p>The typed getters return null for a NULL value and for a property the instance does not carry (a projection
 * that did not ask for it); {@link #has(String)} tells the two apart.
 */
public final class CimInstance {

    private static final CimProperty[] NONE = new CimProperty[0];
    private static final Comparator<CimProperty> BY_NAME = (a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name());

    private final String className;
    /** Sorted by name, case-insensitively, no two names equal ignoring case; never modified after construction. */
    private final CimProperty[] sorted;
    private final List<CimProperty> view;

    public CimInstance(String className, Collection<CimProperty> properties) {
        this.className = Objects.requireNonNull(className, "className");
        CimProperty[] array = properties.toArray(NONE);
        // Windows renders properties in this order already: one pass checks it, sorting only when needed.
        boolean inOrder = true;
        for (int i = 1; i < array.length && inOrder; i++) {
            inOrder = BY_NAME.compare(array[i - 1], array[i]) < 0;
        }
        if (!inOrder) {
            Arrays.sort(array, BY_NAME);
        }
        for (int i = 0; i < array.length; i++) {
            Objects.requireNonNull(array[i].name(), "property name");
            if (i > 0 && BY_NAME.compare(array[i - 1], array[i]) == 0) {
                throw new IllegalArgumentException(className + " has property " + array[i].name() + " twice");
            }
        }
        this.sorted = array;
        this.view = Collections.unmodifiableList(Arrays.asList(array));
    }

    /** Binary search by name, case-insensitively; -1 when absent. */
    private int indexOf(String name) {
        int low = 0;
        int high = sorted.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = String.CASE_INSENSITIVE_ORDER.compare(sorted[mid].name(), name);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public String className() {
        return className;
    }

    /** The properties in case-insensitive alphabetical order. */
    public Collection<CimProperty> properties() {
        return view;
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    public CimProperty property(String name) {
        int i = indexOf(name);
        return i < 0 ? null : sorted[i];
    }

    /** The raw value: see {@link CimProperty} for the Java types. */
    public Object value(String name) {
        int i = indexOf(name);
        return i < 0 ? null : sorted[i].value();
    }

    /** The value as text; a uint64 above Long.MAX_VALUE reads as its unsigned number, as the wire writes it. */
    public String string(String name) {
        return text(name, value(name));
    }

    /** An integer property (for uint64 the same 64 bits); null when NULL or absent. */
    public Long integer(String name) {
        return switch (value(name)) {
            case null -> null;
            case Long l -> l;
            case Number n -> n.longValue();
            case String s -> parseIntegerText(name, s);
            default -> throw wrongType(name, "an integer");
        };
    }

    public Boolean bool(String name) {
        return switch (value(name)) {
            case null -> null;
            case Boolean b -> b;
            case String s when s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false") -> Boolean.valueOf(s);
            default -> throw wrongType(name, "a boolean");
        };
    }

    public OffsetDateTime dateTime(String name) {
        return switch (value(name)) {
            case null -> null;
            case OffsetDateTime t -> t;
            default -> throw wrongType(name, "a datetime timestamp");
        };
    }

    public Duration interval(String name) {
        return switch (value(name)) {
            case null -> null;
            case Duration d -> d;
            default -> throw wrongType(name, "a datetime interval");
        };
    }

    public CimReference reference(String name) {
        return switch (value(name)) {
            case null -> null;
            case CimReference r -> r;
            default -> throw wrongType(name, "a reference");
        };
    }

    /** An integer array; null when NULL or absent. A NULL element stays null. */
    public List<Long> integers(String name) {
        List<?> list = list(name);
        if (list == null) {
            return null;
        }
        List<Long> result = new ArrayList<>(list.size());
        for (Object o : list) {
            result.add(switch (o) {
                case null -> null;
                case Number n -> n.longValue();
                case String s -> parseIntegerText(name, s);
                default -> throw wrongType(name, "an integer array");
            });
        }
        return Collections.unmodifiableList(result);
    }

    /** A string array; null when NULL or absent. */
    public List<String> strings(String name) {
        List<?> list = list(name);
        if (list == null) {
            return null;
        }
        List<String> result = new ArrayList<>(list.size());
        for (Object o : list) {
            result.add(text(name, o));
        }
        return Collections.unmodifiableList(result);
    }

    /** An array property as it is held; a scalar is a list of one. */
    public List<?> list(String name) {
        Object v = value(name);
        if (v == null) {
            return null;
        }
        return v instanceof List<?> l ? l : List.of(v);
    }

    // uint64 values are held as the same 64 bits, so their text must be unsigned or 2^64-1 would read "-1".
    private String text(String name, Object value) {
        if (value == null) {
            return null;
        }
        CimProperty p = property(name);
        if (value instanceof Long l && p != null && p.type() == CimType.UINT64) {
            return Long.toUnsignedString(l);
        }
        return value.toString();
    }

    private Long parseIntegerText(String name, String text) {
        try {
            return text.startsWith("-") ? Long.parseLong(text) : Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw wrongType(name, "an integer");
        }
    }

    private IllegalStateException wrongType(String name, String expected) {
        return new IllegalStateException(className + "." + name + " is not " + expected + ": " + property(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CimInstance other && className.equalsIgnoreCase(other.className)
                && Arrays.equals(sorted, other.sorted);
    }

    @Override
    public int hashCode() {
        return className.toLowerCase(java.util.Locale.ROOT).hashCode() * 31 + sorted.length;
    }

    @Override
    public String toString() {
        return className + view.toString();
    }
}
