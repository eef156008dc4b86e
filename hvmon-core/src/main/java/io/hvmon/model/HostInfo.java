package io.hvmon.model;

import java.util.List;

/**
 * The Hyper-V host itself. The first six fields come from the host's own Msvm_ComputerSystem instance; the parts after
 * them each come from one more class and are null when that class could not be read (the snapshot's failures say
 * which, and its {@code readAt} says when each part was read).
 *
 * @param computerName       the host's computer name (Msvm_ComputerSystem.Name of the host instance); null when that
 *                           instance could not be read
 * @param computer           Win32_ComputerSystem: names, domain, logical processors, installed memory
 * @param operatingSystem    Win32_OperatingSystem: caption, version, build, boot time, uptime, free memory
 * @param hypervisorCpuPercent hypervisor logical processors' total run time, percent (LP {@code _Total}
 *                           PercentTotalRunTime): the host's real CPU use, guests included
 * @param memoryBalance      Dynamic Memory balancers: available memory and pressure
 * @param managementService  Msvm_VirtualSystemManagementService (vmms)
 * @param replicationService Msvm_ReplicationService (Hyper-V Replica)
 * @param switches           Msvm_VirtualEthernetSwitch, in the order the host returned them; null when unread
 */
public record HostInfo(String computerName, String elementName, Long enabledState, Long healthState,
                       List<Long> operationalStatus, Long numberOfNumaNodes,
                       HostComputer computer, HostOperatingSystem operatingSystem, Long hypervisorCpuPercent,
                       MemoryBalance memoryBalance, HostService managementService, HostService replicationService,
                       List<VirtualSwitch> switches) {

    public HostInfo {
        operationalStatus = Frozen.list(operationalStatus);
        switches = switches == null ? null : List.copyOf(switches);
    }

    /** The host as Msvm_ComputerSystem alone describes it, without the other parts. */
    public HostInfo(String computerName, String elementName, Long enabledState, Long healthState,
                    List<Long> operationalStatus, Long numberOfNumaNodes) {
        this(computerName, elementName, enabledState, healthState, operationalStatus, numberOfNumaNodes,
                null, null, null, null, null, null, null);
    }
}
