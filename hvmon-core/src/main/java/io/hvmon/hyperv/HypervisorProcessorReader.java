package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;

import java.util.List;

/**
 * The host's real CPU use: the hypervisor's logical processors' PercentTotalRunTime, {@code _Total} instance only.
 * (Win32_Processor.LoadPercentage sees only the root partition, not the guests.)
 */
public final class HypervisorProcessorReader implements ClassReader<Long> {

    public static final String CLASS = "Win32_PerfFormattedData_HvStats_HyperVHypervisorLogicalProcessor";

    static final String WQL = Wql.select(CLASS, List.of("Name", "PercentTotalRunTime"), "Name = '_Total'");

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public Long read(CimSession session) throws CimException {
        for (CimInstance r : session.query(CimNamespaces.CIMV2, WQL)) {
            if ("_Total".equalsIgnoreCase(r.string("Name"))) {
                return CimValues.integer(r, "PercentTotalRunTime");
            }
        }
        throw new CimException(CimException.Kind.NOT_FOUND,
                "no _Total instance of the Hyper-V Hypervisor Logical Processor counters (is the hypervisor running?)");
    }
}
