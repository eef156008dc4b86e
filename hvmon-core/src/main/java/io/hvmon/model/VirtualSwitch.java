package io.hvmon.model;

import java.util.List;

/**
 * One Hyper-V virtual switch (Msvm_VirtualEthernetSwitch).
 *
 * @param id          Name: the switch GUID
 * @param name        ElementName: the name people gave it
 * @param healthState HealthState (5 OK, 20 major failure, 25 critical failure)
 */
public record VirtualSwitch(String id, String name, Long healthState, Long enabledState, List<Long> operationalStatus) {

    public VirtualSwitch {
        operationalStatus = Frozen.list(operationalStatus);
    }
}
