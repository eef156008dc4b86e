package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.simulator.schema.ClassSchema;
import io.hvmon.simulator.schema.PropertySchema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An instance under construction that always carries its class's full property set: whatever is not set stays NULL,
 * as on a real host. Setting a property the class does not have is a programming error and fails at once.
 */
public final class InstanceDraft {

    private final ClassSchema schema;
    private final Map<String, Object> values = new HashMap<>();

    public InstanceDraft(ClassSchema schema) {
        this.schema = schema;
    }

    /**
     * Sets a value. Integers of any width become Long, an {@link Instant} becomes a UTC {@link OffsetDateTime},
     * arrays are Lists. Null leaves the property NULL.
     */
    public InstanceDraft set(String name, Object value) {
        PropertySchema property = schema.property(name).orElseThrow(() -> new IllegalArgumentException(
                schema.name() + " has no property " + name));
        if (value instanceof List<?> list) {
            if (!property.array()) {
                throw new IllegalArgumentException(schema.name() + "." + name + " is not an array");
            }
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(element -> converted.add(convert(element)));
            value = converted;
        } else if (value != null && property.array()) {
            throw new IllegalArgumentException(schema.name() + "." + name + " is an array");
        } else {
            value = convert(value);
        }
        values.put(property.name().toLowerCase(Locale.ROOT), value);
        return this;
    }

    public CimInstance build() {
        List<CimProperty> properties = new ArrayList<>(schema.properties().size());
        for (PropertySchema p : schema.properties()) {
            Object value = values.get(p.name().toLowerCase(Locale.ROOT));
            properties.add(new CimProperty(p.name(), p.type(), p.array(), value));
        }
        return new CimInstance(schema.name(), properties);
    }

    private static Object convert(Object value) {
        return switch (value) {
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case Instant t -> t.atOffset(ZoneOffset.UTC);
            case null, default -> value;
        };
    }
}
