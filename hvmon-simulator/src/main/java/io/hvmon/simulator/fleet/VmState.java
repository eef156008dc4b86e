package io.hvmon.simulator.fleet;

import java.time.Instant;

/** One simulated VM at one moment: its fixed profile and its current power, health, load and replication. */
public record VmState(VmProfile profile, Power power, Health health, Load load, Replication replication) {

    /**
     * The Heartbeat value Msvm_SummaryInformation shows: the guest's while it executes, 15 (Paused) while paused,
     * 12 (No contact) while starting, null while off or saved.
     */
    public Integer heartbeat() {
        if (!power.isOn()) {
            return null;
        }
        if (power.enabledState() == Power.PAUSED) {
            return 15;
        }
        if (power.enabledState() == Power.STARTING || !profile.hasIntegrationServices()) {
            return 12;
        }
        return health.heartbeat();
    }

    /** ApplicationHealth: only meaningful while the heartbeat is OK; null otherwise. */
    public Integer applicationHealth() {
        Integer heartbeat = heartbeat();
        return heartbeat != null && heartbeat == 2 ? health.applicationHealth() : null;
    }

    /** The guest OS caption, known only while the guest runs with integration services. */
    public String guestOperatingSystem() {
        return power.isOn() && power.enabledState() != Power.STARTING ? profile.guestOs() : null;
    }

    public long upTimeMillis(Instant now) {
        return power.upTimeMillis(now);
    }
}
