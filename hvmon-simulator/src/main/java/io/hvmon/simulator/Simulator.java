package io.hvmon.simulator;

import io.hvmon.simulator.fleet.SimulatedFleet;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.fleet.SimulationProfile;
import java.time.Clock;

/** The entry point for the app: a simulated host or fleet, and a {@link SimulatedCimSession} per host. */
public final class Simulator {

    /** VMs per host when nobody says otherwise. */
    public static final int DEFAULT_VMS = 24;

    private Simulator() {
    }

    /** One host; its data follow from (name, vms, seed, the clock's instant now) and evolve as the clock moves. */
    public static SimulatedHost host(String name, int vms, long seed, Clock clock) {
        return new SimulatedHost(name, vms, seed, clock);
    }

    /**
     * One host playing a variant, e.g. {@code Simulator.host("HV-CN01", 24, 42, clock, SimulationProfile.of("zh-CN", "2012r2"))}.
     */
    public static SimulatedHost host(String name, int vms, long seed, Clock clock, SimulationProfile profile) {
        return new SimulatedHost(name, vms, seed, clock, profile);
    }

    /** {@code hosts} hosts named HV-NODE01..., replicating to one another in a ring. */
    public static SimulatedFleet fleet(int hosts, int vmsPerHost, long seed, Clock clock) {
        return new SimulatedFleet(hosts, vmsPerHost, seed, clock);
    }

    /** A fleet whose hosts all play one variant. */
    public static SimulatedFleet fleet(int hosts, int vmsPerHost, long seed, Clock clock, SimulationProfile profile) {
        return new SimulatedFleet(hosts, vmsPerHost, seed, clock, profile);
    }

    /** A session reading this host (the Server 2019 schema). */
    public static SimulatedCimSession session(SimulatedHost host) {
        return new SimulatedCimSession(host);
    }
}
