package io.hvmon.app.metrics;

import io.prometheus.metrics.model.snapshots.Labels;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels from name/value pairs where a value may be unknown: a null or empty value leaves its label out, as
 * Prometheus treats an empty label as an absent one anyway.
 */
final class SeriesLabels {

    private SeriesLabels() {
    }

    /** @param pairs name, value, name, value, ... */
    static Labels of(String... pairs) {
        List<String> names = new ArrayList<>(pairs.length / 2);
        List<String> values = new ArrayList<>(pairs.length / 2);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isEmpty()) {
                names.add(pairs[i]);
                values.add(pairs[i + 1]);
            }
        }
        return Labels.of(names, values);
    }

    /** {@code host}: the host as configured in hvmon. */
    static Labels host(String host) {
        return of("host", host);
    }

    /** {@code host}, {@code vm_id} (the VM GUID, upper case as Hyper-V writes it) and {@code vm} (its name). */
    static Labels vm(String host, String vmId, String vmName) {
        return of("host", host, "vm_id", vmId, "vm", vmName);
    }
}
