package io.hvmon.simulator.fleet;

import java.util.List;

/**
 * Health as Hyper-V reports it for a VM. Immutable.
 *
 * @param healthState        5 OK, 20 Major failure, 25 Critical failure
 * @param operationalStatus  [primary] or [primary, secondary]: 2 OK, 3 Degraded, 5 Predictive failure; 32768.. operations
 * @param statusDescriptions text for each operationalStatus entry
 * @param heartbeat          the guest heartbeat while it runs (2 OK, 12 No contact, 13 Lost communication)
 * @param applicationHealth  2 OK or 32782 Application critical while the heartbeat is OK
 */
public record Health(int healthState, List<Integer> operationalStatus, List<String> statusDescriptions,
                     int heartbeat, int applicationHealth) {

    public Health {
        operationalStatus = List.copyOf(operationalStatus);
        statusDescriptions = List.copyOf(statusDescriptions);
    }
}
