package io.hvmon.simulator.instances;

import java.util.List;
import java.util.Map;

/**
 * GetSummaryInformation's RequestedInformation codes and the Msvm_SummaryInformation properties they ask for
 * (hyperv-wmi.md §5.2). Above 116 the doc and Failover Cluster Manager number differently; both meanings are
 * honoured (a code asks for each property either source gives it), since clients use both.
 */
final class SummaryCodes {

    /** Codes from 100 on apply to VMs only; a checkpoint answers them with NULL. */
    static final int FIRST_VM_ONLY = 100;

    private static final Map<Integer, List<String>> PROPERTIES = Map.ofEntries(
            Map.entry(0, List.of("Name")), Map.entry(1, List.of("ElementName")), Map.entry(2, List.of("CreationTime")),
            Map.entry(3, List.of("Notes")), Map.entry(4, List.of("NumberOfProcessors")),
            Map.entry(5, List.of("ThumbnailImage")), Map.entry(6, List.of("ThumbnailImage")),
            Map.entry(7, List.of("ThumbnailImage")), Map.entry(8, List.of("AllocatedGPU")),
            Map.entry(9, List.of("VirtualSwitchNames")), Map.entry(10, List.of("Version")),
            Map.entry(11, List.of("Shielded")),
            Map.entry(100, List.of("EnabledState")), Map.entry(101, List.of("ProcessorLoad")),
            Map.entry(102, List.of("ProcessorLoadHistory")), Map.entry(103, List.of("MemoryUsage")),
            Map.entry(104, List.of("Heartbeat")), Map.entry(105, List.of("UpTime")),
            Map.entry(106, List.of("GuestOperatingSystem")), Map.entry(107, List.of("Snapshots")),
            Map.entry(108, List.of("AsynchronousTasks")), Map.entry(109, List.of("HealthState")),
            Map.entry(110, List.of("OperationalStatus")), Map.entry(111, List.of("StatusDescriptions")),
            Map.entry(112, List.of("MemoryAvailable")), Map.entry(113, List.of("AvailableMemoryBuffer")),
            Map.entry(114, List.of("ReplicationMode")), Map.entry(115, List.of("ReplicationState")),
            Map.entry(116, List.of("ReplicationHealth")),
            // doc numbering first, then Failover Cluster Manager's where they differ
            Map.entry(117, List.of("ApplicationHealth", "TestReplicaSystem")),
            Map.entry(118, List.of("ReplicationStateEx")), Map.entry(119, List.of("ReplicationHealthEx")),
            Map.entry(120, List.of("SwapFilesInUse", "ApplicationHealth")),
            Map.entry(121, List.of("IntegrationServicesVersionState", "SwapFilesInUse")),
            Map.entry(122, List.of("ReplicationProviderId")),
            Map.entry(123, List.of("MemorySpansPhysicalNumaNodes", "IntegrationServicesVersionState")),
            Map.entry(132, List.of("IntegrationServicesVersionState", "OtherEnabledState", "MemorySpansPhysicalNumaNodes")),
            Map.entry(133, List.of("OtherEnabledState")), Map.entry(134, List.of("EnhancedSessionModeState")),
            Map.entry(135, List.of("VirtualSystemSubType")), Map.entry(136, List.of("HostComputerSystemName")));

    private SummaryCodes() {
    }

    /** The properties a code asks for; empty for a code nobody defines (Windows ignores those). */
    static List<String> properties(int code) {
        return PROPERTIES.getOrDefault(code, List.of());
    }
}
