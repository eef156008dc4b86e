package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Win32_PerfFormattedData_BalancerStats_HyperVDynamicMemoryBalancer (root/cimv2): one balancer per NUMA node, named
 * {@code VM Balancer Id <n>} (our choice; the real instance names are unverified). AvailableMemory in MB (the host's
 * free memory shared over the nodes), pressures in percent (the running Dynamic Memory VMs' average).
 */
public final class MemoryBalancerPerfBuilder extends ClassBuilder {

    MemoryBalancerPerfBuilder() {
        super("Win32_PerfFormattedData_BalancerStats_HyperVDynamicMemoryBalancer", CimNamespaces.CIMV2, "Name");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        HostLoad load = HostLoad.of(host);
        int nodes = host.facts().numaNodes();
        List<CimInstance> result = new ArrayList<>(nodes);
        for (int node = 0; node < nodes; node++) {
            long available = load.freeMb() / nodes + (node == 0 ? load.freeMb() % nodes : 0);
            long average = Math.round(load.averagePressure());
            long current = Math.max(0, Math.round(load.averagePressure()
                    + (Noise.unit(host.facts().noiseSeed(), 4, node, host.tick()) - 0.5) * 10));
            result.add(new InstanceDraft(schema)
                    .set("Name", "VM Balancer Id " + node)
                    .set("AvailableMemory", available)
                    .set("AvailableMemoryForBalancing", Math.max(0, available - 512))
                    .set("AveragePressure", average)
                    .set("SystemCurrentPressure", current)
                    .set("Frequency_Sys100NS", 10_000_000L)
                    .set("Timestamp_Sys100NS", PerfTime.sys100ns(host))
                    .build());
        }
        return result;
    }
}
