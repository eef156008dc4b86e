package io.hvmon.windows.wmi;

import java.util.List;
import java.util.Objects;

/**
 * An IWbemClassObject copied out of COM: its class ({@code __CLASS}) and its non-system properties, each with the
 * CIMTYPE WMI declares for it and the VARIANT it holds. Embedded objects are WmiObjects in {@code VT_UNKNOWN}
 * variants, so nothing here refers to native memory.
 */
public record WmiObject(String className, List<Property> properties) {

    public WmiObject {
        Objects.requireNonNull(className, "className");
        properties = List.copyOf(properties);
    }

    /**
     * One property.
     *
     * @param cimType the CIMTYPE_ENUMERATION value, with {@link CimTypes#FLAG_ARRAY} for arrays
     */
    public record Property(String name, int cimType, Variant value) {

        public Property {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }
}
