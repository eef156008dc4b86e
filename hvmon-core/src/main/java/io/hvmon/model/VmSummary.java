package io.hvmon.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One virtual machine as Msvm_SummaryInformation reports it, values as WMI gives them: enumerations as their raw codes
 * (mapped to names only by the views), NULL as null, units as WMI's (MB, percent, milliseconds).
 *
 * @param id                    the VM GUID (Msvm_SummaryInformation.Name), upper case
 * @param name                  the display name (ElementName)
 * @param memoryUsageMb         memory assigned to the VM, MB
 * @param memoryAvailablePercent Dynamic Memory only; {@link #MEMORY_NOT_AVAILABLE} when not valid
 * @param uptimeMs              milliseconds since the VM was last started
 * @param replicationStateEx    one entry per relationship: [0] primary, [1] extended
 */
public record VmSummary(
        String id,
        String name,
        String instanceId,
        Long enabledState,
        String otherEnabledState,
        String allocatedGpu,
        Boolean shielded,
        String guestOperatingSystem,
        Long healthState,
        Long heartbeat,
        Long memoryUsageMb,
        Long memoryAvailablePercent,
        Long availableMemoryBufferPercent,
        Long numberOfProcessors,
        List<Long> operationalStatus,
        List<String> statusDescriptions,
        Long processorLoadPercent,
        Long uptimeMs,
        Long replicationState,
        Long replicationHealth,
        Long replicationMode,
        List<Long> replicationStateEx,
        List<Long> replicationHealthEx,
        Long applicationHealth,
        Long integrationServicesVersionState,
        Long enhancedSessionModeState,
        String hostComputerSystemName,
        String version,
        String virtualSystemSubType,
        OffsetDateTime creationTime,
        String notes) {

    /** Hyper-V's "not valid" value of MemoryAvailable and AvailableMemoryBuffer (int.MaxValue) without Dynamic Memory. */
    public static final long MEMORY_NOT_AVAILABLE = Integer.MAX_VALUE;

    /** ReplicationMode None: the VM takes no part in Hyper-V Replica. */
    public static final long REPLICATION_MODE_NONE = 0;

    public VmSummary {
        operationalStatus = Frozen.list(operationalStatus);
        statusDescriptions = Frozen.list(statusDescriptions);
        replicationStateEx = Frozen.list(replicationStateEx);
        replicationHealthEx = Frozen.list(replicationHealthEx);
    }

    /** True when the VM takes part in Hyper-V Replica (any mode but None; NULL counts as None). */
    public boolean isReplicated() {
        return replicationMode != null && replicationMode != REPLICATION_MODE_NONE;
    }
}
