package io.hvmon.app.run;

import io.hvmon.simulator.Simulator;
import io.hvmon.simulator.fleet.SimulatedFleet;
import io.hvmon.simulator.fleet.SimulatedHost;

import java.time.Clock;
import java.util.List;

/** Simulated Hyper-V hosts as collection sources, for {@code hvmon demo} and {@code hvmon collect --simulated}. */
public final class SimulatedSources {

    public static final int MAX_VMS = 5_000;
    public static final int MAX_HOSTS = 500;

    private SimulatedSources() {
    }

    /** {@code hosts} simulated hosts (HV-NODE01 ...) of {@code vms} VMs each, deterministic from the seed. */
    public static List<HostSource> create(int hosts, int vms, long seed) {
        SimulatedFleet fleet = Simulator.fleet(hosts, vms, seed, Clock.systemUTC());
        return fleet.hosts().stream().map(SimulatedSources::source).toList();
    }

    private static HostSource source(SimulatedHost host) {
        return new HostSource(host.name(), Simulator.session(host).description(), () -> Simulator.session(host));
    }
}
