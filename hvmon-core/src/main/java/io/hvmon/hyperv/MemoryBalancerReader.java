package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;
import io.hvmon.model.MemoryBalance;

import java.util.List;

/**
 * The Dynamic Memory balancers (one per NUMA node): available memory summed (MB), pressure averaged (percent).
 * A {@code _Total} row, should a host ever send one, is left out so nothing is counted twice.
 */
public final class MemoryBalancerReader implements ClassReader<MemoryBalance> {

    public static final String CLASS = "Win32_PerfFormattedData_BalancerStats_HyperVDynamicMemoryBalancer";

    static final String WQL = Wql.select(CLASS, List.of("Name", "AvailableMemory", "AveragePressure"));

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public MemoryBalance read(CimSession session) throws CimException {
        long available = 0;
        long pressureSum = 0;
        int withMemory = 0;
        int withPressure = 0;
        int balancers = 0;
        for (CimInstance r : session.query(CimNamespaces.CIMV2, WQL)) {
            if ("_Total".equalsIgnoreCase(r.string("Name"))) {
                continue;
            }
            balancers++;
            Long memory = CimValues.integer(r, "AvailableMemory");
            Long pressure = CimValues.integer(r, "AveragePressure");
            if (memory != null) {
                available += memory;
                withMemory++;
            }
            if (pressure != null) {
                pressureSum += pressure;
                withPressure++;
            }
        }
        if (balancers == 0) {
            throw new CimException(CimException.Kind.NOT_FOUND, "no Hyper-V Dynamic Memory Balancer counters on this host");
        }
        return new MemoryBalance(withMemory == 0 ? null : available,
                withPressure == 0 ? null : Math.round((double) pressureSum / withPressure), balancers);
    }
}
