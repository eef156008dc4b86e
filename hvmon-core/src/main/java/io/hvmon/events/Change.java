package io.hvmon.events;

import java.util.Objects;

/**
 * One difference found between two collections of a host, before the {@link EventLog} numbers it.
 *
 * @param host     the host as configured
 * @param vmId     the VM GUID; null for a host event
 * @param vmName   the VM's display name; null for a host event
 * @param type     what changed
 * @param oldValue the value before; null when there was none (a VM added, a host never reached)
 * @param newValue the value after; null when there is none (a VM removed)
 */
public record Change(String host, String vmId, String vmName, EventType type, EventValue oldValue,
                     EventValue newValue) {

    public Change {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(type, "type");
    }
}
