package io.hvmon.model;

import java.util.List;

/**
 * The Hyper-V host itself, as its own Msvm_ComputerSystem instance reports it.
 *
 * @param computerName the host's computer name (Msvm_ComputerSystem.Name of the host instance)
 */
public record HostInfo(String computerName, String elementName, Long enabledState, Long healthState,
                       List<Long> operationalStatus, Long numberOfNumaNodes) {

    public HostInfo {
        operationalStatus = Frozen.list(operationalStatus);
    }
}
