package io.hvmon.simulator.fleet;

import java.time.Instant;
import java.util.List;

/**
 * One simulated host at one moment. Immutable: queries read a snapshot while the host moves on.
 *
 * @param hostName the host's computer name (Msvm_ComputerSystem.Name of the host)
 * @param bootTime when the host's operating system started
 * @param now      the moment this snapshot describes
 * @param tick     how many simulation ticks have run since the start
 * @param vms      the VMs, in a stable order
 * @param facts    the host's hardware, switches and the variant it plays
 */
public record HostState(String hostName, Instant bootTime, Instant now, long tick, List<VmState> vms, HostFacts facts) {

    public HostState {
        vms = List.copyOf(vms);
    }

    public SimulationProfile profile() {
        return facts.profile();
    }

    /** The host's DNS name, e.g. {@code HV-NODE01.corp.example.test}. */
    public String fqdn() {
        return facts.fqdn(hostName);
    }
}
