package io.hvmon.model;

import java.util.List;

/**
 * Everything about one VM beyond its {@link VmSummary}, joined from the other classes by the VM GUID. Every VM of a
 * snapshot has one; a part is null when its class could not be read or holds nothing for this VM.
 *
 * @param vmId        the VM GUID, upper case (as {@link VmSummary#id()})
 * @param replication one entry per relationship, primary (index 0) first; empty when the VM is not replicated
 *                    (or Msvm_ReplicationRelationship could not be read)
 * @param guest       what the guest publishes through KVP; null when it publishes nothing
 * @param settings    configuration (VSSD, memory and processor settings)
 * @param memory      memory demand and pressure derived from the summary
 * @param checkpoints count and oldest; null when Msvm_VirtualSystemSettingData could not be read
 * @param health      heartbeat, application health, integration services, status, uptime
 */
public record VmDetails(String vmId, List<Replication> replication, GuestInfo guest, VmSettings settings,
                        MemoryStatus memory, Checkpoints checkpoints, VmHealth health) {

    public VmDetails {
        replication = List.copyOf(replication);
    }

    /** The relationship of this index (0 primary, 1 extended), if the VM has it. */
    public java.util.Optional<Replication> relationship(int index) {
        return replication.stream().filter(r -> r.index() == index).findFirst();
    }
}
