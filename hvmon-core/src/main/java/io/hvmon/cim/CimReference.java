package io.hvmon.cim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reference to one CIM instance: its class, its namespace and its key properties ("selectors" in WS-Man terms,
 * the key list of a WMI object path).
 *
 * @param namespace the namespace with forward slashes, e.g. {@code root/virtualization/v2}
 * @param className the class of the referenced instance
 * @param keys      key property name to value, in the order given
 */
public record CimReference(String namespace, String className, Map<String, String> keys) {

    public CimReference {
        Objects.requireNonNull(className, "className");
        namespace = CimNamespaces.normalize(namespace);
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** The value of one key, compared case-insensitively by name as WMI does; null if absent. */
    public String key(String name) {
        for (Map.Entry<String, String> e : keys.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A WMI-style object path, e.g. {@code Msvm_ComputerSystem.CreationClassName="Msvm_ComputerSystem",Name="X"}. */
    @Override
    public String toString() {
        StringBuilder path = new StringBuilder(className);
        String separator = ".";
        for (Map.Entry<String, String> e : keys.entrySet()) {
            path.append(separator).append(e.getKey()).append("=\"")
                    .append(e.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            separator = ",";
        }
        return path.toString();
    }
}
