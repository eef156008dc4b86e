package io.hvmon.model;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A VM's checkpoints (snapshots): Msvm_VirtualSystemSettingData of a {@code Microsoft:Hyper-V:Snapshot:*} type whose
 * VirtualSystemIdentifier is the VM.
 *
 * @param count        how many
 * @param oldestCreated CreationTime of the oldest; null without checkpoints
 * @param oldestAge    collection time minus oldestCreated; null without checkpoints
 */
public record Checkpoints(int count, OffsetDateTime oldestCreated, Duration oldestAge) {

    public static final Checkpoints NONE = new Checkpoints(0, null, null);
}
