package io.hvmon.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A VM's checkpoints (snapshots): Msvm_VirtualSystemSettingData of a {@code Microsoft:Hyper-V:Snapshot:*} type whose
 * VirtualSystemIdentifier is the VM.
 *
 * @param count        how many
 * @param oldestCreated CreationTime of the oldest; null without checkpoints
 * @param oldestAge    collection time minus oldestCreated; null without checkpoints
 * @param items        each checkpoint, in the order WMI returned them (empty when only the count is known)
 */
public record Checkpoints(int count, OffsetDateTime oldestCreated, Duration oldestAge, List<Checkpoint> items) {

    public static final Checkpoints NONE = new Checkpoints(0, null, null, List.of());

    public Checkpoints {
        items = List.copyOf(items);
    }

    /** The count and the oldest alone, without the checkpoints themselves. */
    public Checkpoints(int count, OffsetDateTime oldestCreated, Duration oldestAge) {
        this(count, oldestCreated, oldestAge, List.of());
    }
}
