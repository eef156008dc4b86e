package io.hvmon.simulator.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A WMI class of the live schema: its namespace and its full property list (inherited ones included), in order. */
public final class ClassSchema {

    private final String namespace;
    private final String name;
    private final List<PropertySchema> properties;
    private final Map<String, PropertySchema> byLowerName;

    public ClassSchema(String namespace, String name, List<PropertySchema> properties) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.name = Objects.requireNonNull(name, "name");
        this.properties = List.copyOf(properties);
        Map<String, PropertySchema> index = new HashMap<>();
        for (PropertySchema p : this.properties) {
            if (index.put(p.name().toLowerCase(Locale.ROOT), p) != null) {
                throw new IllegalArgumentException(name + " declares " + p.name() + " twice");
            }
        }
        this.byLowerName = Map.copyOf(index);
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    /** Every property, in the schema file's order (alphabetical, inherited ones included). */
    public List<PropertySchema> properties() {
        return properties;
    }

    /** The property with this name, matched case-insensitively as WMI matches names. */
    public Optional<PropertySchema> property(String propertyName) {
        return Optional.ofNullable(byLowerName.get(propertyName.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return namespace + ":" + name + " (" + properties.size() + " properties)";
    }
}
