package io.hvmon.model;

import java.util.List;

/**
 * A Hyper-V service as its CIM_Service instance reports it (vmms, the Replica service): codes as WMI gives them.
 *
 * @param name              Name, e.g. "vmms", "replicasvc"
 * @param systemName        SystemName: the host's computer name, which also keys the service
 * @param started           Started
 * @param enabledState      EnabledState (2 enabled, 3 disabled, 1 + otherEnabledState for anything else)
 * @param healthState       HealthState (5 OK, 20 major failure, 25 critical failure)
 * @param operationalStatus OperationalStatus (e.g. Replica service: 2 OK, 6 Error when a listener is not running)
 */
public record HostService(String name, String systemName, Boolean started, Long enabledState, String otherEnabledState,
                          Long healthState, List<Long> operationalStatus) {

    public HostService {
        operationalStatus = Frozen.list(operationalStatus);
    }
}
