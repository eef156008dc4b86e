package io.hvmon.simulator.fleet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * M simulated hosts {@code HV-NODE01} ... {@code HV-NODE0M} sharing one clock, each with its own seed derived from
 * the fleet's. Replication runs in a ring: the primaries on node i replicate to node i+1, so the replicas on node i
 * name node i-1 as their primary server.
 */
public final class SimulatedFleet {

    private final long seed;
    private final List<SimulatedHost> hosts;

    /** English Server 2019 hosts ({@link SimulationProfile#DEFAULT}). */
    public SimulatedFleet(int hostCount, int vmsPerHost, long seed, Clock clock) {
        this(hostCount, vmsPerHost, seed, clock, SimulationProfile.DEFAULT);
    }

    /** Hosts that all play the same variant. */
    public SimulatedFleet(int hostCount, int vmsPerHost, long seed, Clock clock, SimulationProfile profile) {
        if (hostCount < 1) {
            throw new IllegalArgumentException("a fleet needs at least one host, got " + hostCount);
        }
        this.seed = seed;
        List<SimulatedHost> list = new ArrayList<>(hostCount);
        for (int i = 0; i < hostCount; i++) {
            String name = hostName(i);
            long hostSeed = SeededRandom.derive(seed, 7, i).nextLong();
            String replicaServer = hostCount == 1 ? "HV-DR01" : hostName((i + 1) % hostCount);
            String primaryServer = hostCount == 1 ? "HV-DR01" : hostName((i + hostCount - 1) % hostCount);
            list.add(new SimulatedHost(name, vmsPerHost, hostSeed, clock, replicaServer, primaryServer, profile));
        }
        this.hosts = List.copyOf(list);
    }

    /** {@code HV-NODE01}, {@code HV-NODE02}, ... (index from 0). */
    public static String hostName(int index) {
        return String.format("HV-NODE%02d", index + 1);
    }

    public List<SimulatedHost> hosts() {
        return hosts;
    }

    public Optional<SimulatedHost> host(String name) {
        return hosts.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
    }

    public long seed() {
        return seed;
    }
}
