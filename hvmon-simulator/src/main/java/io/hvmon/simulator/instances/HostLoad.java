package io.hvmon.simulator.instances;

import io.hvmon.simulator.fleet.HostFacts;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.Load;
import io.hvmon.simulator.fleet.VmState;

/**
 * What the VMs cost the host at one moment, so the host classes agree with the VM classes: free memory is the total
 * less every running VM's assigned memory (the summaries' MemoryUsage) less the root reserve, and processor time is
 * the VMs' load spread over the logical processors. Small counter noise follows (seed, tick), never the wall clock.
 */
record HostLoad(long assignedMb, long freeMb, double guestPercent, double averagePressure, int tickNoise) {

    static HostLoad of(HostState host) {
        HostFacts facts = host.facts();
        long assigned = host.vms().stream().mapToLong(v -> v.load().memoryUsageMb()).sum();
        int noise = (int) (Noise.unit(facts.noiseSeed(), 1, host.tick()) * 300);
        long free = Math.max(256, facts.totalMemoryMb() - assigned - facts.rootReserveMb() - noise);
        double vcpuLoad = host.vms().stream().filter(v -> v.power().isExecuting())
                .mapToDouble(v -> v.load().processorLoad() * (double) v.profile().processors()).sum();
        double guest = Math.min(97, vcpuLoad / facts.logicalProcessors());
        double pressure = host.vms().stream()
                .filter(v -> v.power().isExecuting() && v.load().memoryAvailable() != Load.NOT_AVAILABLE)
                .mapToInt(HostLoad::pressure).average().orElse(0);
        return new HostLoad(assigned, free, guest, pressure, noise);
    }

    /** Dynamic Memory pressure: demand over assigned memory, percent (100 − MemoryAvailable). */
    static int pressure(VmState vm) {
        return Math.max(0, 100 - vm.load().memoryAvailable());
    }
}
