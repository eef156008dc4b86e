package io.hvmon.simulator.schema;

import io.hvmon.cim.CimType;
import java.util.Objects;

/**
 * One property of a WMI class as the live schema declares it.
 *
 * @param name     the property name, spelled as Windows spells it
 * @param type     its CIM type
 * @param array    whether it is an array
 * @param refClass for a reference or an embedded instance, the class it points to or holds; otherwise null
 */
public record PropertySchema(String name, CimType type, boolean array, String refClass) {

    public PropertySchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return name + ":" + type.mofName() + (array ? "[]" : "") + (refClass == null ? "" : "(" + refClass + ")");
    }
}
