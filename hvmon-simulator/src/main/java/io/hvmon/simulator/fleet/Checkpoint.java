package io.hvmon.simulator.fleet;

import java.time.Instant;

/**
 * A checkpoint (snapshot) of a VM, fixed once taken. Immutable.
 *
 * @param id      the snapshot's own GUID, upper case (its settings' InstanceID is {@code Microsoft:<id>})
 * @param created when it was taken
 */
public record Checkpoint(String id, Instant created) {
}
