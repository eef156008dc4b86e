package io.hvmon.cim;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable CIM instance: its class and its typed properties. Property names are matched case-insensitively,
 * as WMI matches them, and iterate in case-insensitive alphabetical order, the order Windows renders them in.
 *
 * <p>The typed getters return null for a NULL value and for a property the instance does not carry (a projection
 * that did not ask for it); {@link #has(String)} tells the two apart.
 */
public final class CimInstance {

    private final String className;
    private final Map<String, CimProperty> properties;

    public CimInstance(String className, Collection<CimProperty> properties) {
        this.className = Objects.requireNonNull(className, "className");
        Map<String, CimProperty> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CimProperty p : properties) {
            if (byName.put(p.name(), p) != null) {
                throw new IllegalArgumentException(className + " has property " + p.name() + " twice");
            }
        }
        this.properties = Collections.unmodifiableMap(byName);
    }

    public String className() {
        return className;
    }

    /** The properties in case-insensitive alphabetical order. */
    public Collection<CimProperty> properties() {
        return properties.values();
    }

    public boolean has(String name) {
        return properties.containsKey(name);
    }

    public CimProperty property(String name) {
        return properties.get(name);
    }

    /** The raw value: see {@link CimProperty} for the Java types. */
    public Object value(String name) {
        CimProperty p = properties.get(name);
        return p == null ? null : p.value();
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
        CimProperty p = properties.get(name);
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
                && List.copyOf(properties.values()).equals(List.copyOf(other.properties.values()));
    }

    @Override
    public int hashCode() {
        return className.toLowerCase(java.util.Locale.ROOT).hashCode() * 31 + properties.size();
    }

    @Override
    public String toString() {
        return className + properties.values();
    }
}
