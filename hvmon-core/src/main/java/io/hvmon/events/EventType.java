package io.hvmon.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What changed. The wire name ({@code vm_state}, ...) is what the API, SSE and webhooks use. */
public enum EventType {
    VM_ADDED, VM_REMOVED, VM_STATE, VM_HEALTH, VM_HEARTBEAT,
    REPLICATION_STATE, REPLICATION_HEALTH, REPLICATION_MODE, REPLICATION_LAG,
    CHECKPOINT_CREATED, CHECKPOINT_REMOVED,
    HOST_UNREACHABLE, HOST_RECOVERED;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    /** The type with this wire name (case ignored), if any. */
    public static Optional<EventType> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wanted)).findFirst();
    }
}
