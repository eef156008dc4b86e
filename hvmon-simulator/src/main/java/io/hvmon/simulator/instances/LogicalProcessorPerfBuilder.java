package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Win32_PerfFormattedData_HvStats_HyperVHypervisorLogicalProcessor (root/cimv2): {@code Hv LP 0} ... one per logical
 * processor, then {@code _Total}, their average. Run times in percent follow the VMs' processor load
 * (Σ load × vCPUs / logical processors) plus the hypervisor's and the root's own share.
 */
public final class LogicalProcessorPerfBuilder extends ClassBuilder {

    LogicalProcessorPerfBuilder() {
        super("Win32_PerfFormattedData_HvStats_HyperVHypervisorLogicalProcessor", CimNamespaces.CIMV2, "Name");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        HostLoad load = HostLoad.of(host);
        int lps = host.facts().logicalProcessors();
        long seed = host.facts().noiseSeed();
        List<CimInstance> result = new ArrayList<>(lps + 1);
        long[] sums = new long[3];
        for (int lp = 0; lp < lps; lp++) {
            double spread = Math.min(15, load.guestPercent() + 2);
            long guest = clamp(Math.round(load.guestPercent() + (Noise.unit(seed, 2, lp, host.tick()) - 0.5) * 2 * spread));
            long hypervisor = clamp(Math.round(1 + guest * 0.04 + Noise.unit(seed, 3, lp, host.tick()) * 2));
            long total = clamp(guest + hypervisor);
            sums[0] += guest;
            sums[1] += hypervisor;
            sums[2] += total;
            result.add(instance(schema, host, "Hv LP " + lp, guest, total - guest, total));
        }
        long guest = Math.round(sums[0] / (double) lps);
        long total = Math.round(sums[2] / (double) lps);
        result.add(instance(schema, host, "_Total", guest, Math.max(0, total - guest), total));
        return result;
    }

    private static CimInstance instance(ClassSchema schema, HostState host, String name, long guest, long hypervisor,
                                        long total) {
        return new InstanceDraft(schema)
                .set("Name", name)
                .set("PercentTotalRunTime", total)
                .set("PercentGuestRunTime", guest)
                .set("PercentHypervisorRunTime", hypervisor)
                .set("PercentIdleTime", 100 - total)
                .set("ContextSwitchesPersec", 2_000 + 60 * total)
                .set("TotalInterruptsPersec", 1_500 + 40 * total)
                .set("Frequency_Sys100NS", 10_000_000L)
                .set("Timestamp_Sys100NS", PerfTime.sys100ns(host))
                .build();
    }

    private static long clamp(long percent) {
        return Math.max(0, Math.min(100, percent));
    }
}
