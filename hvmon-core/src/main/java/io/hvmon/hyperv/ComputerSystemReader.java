package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;
import io.hvmon.model.HostComputer;

import java.util.List;

/** The host's Win32_ComputerSystem (root/cimv2): names, domain, logical processors, memory (bytes → MB). */
public final class ComputerSystemReader implements ClassReader<HostComputer> {

    public static final String CLASS = "Win32_ComputerSystem";

    static final String WQL = Wql.select(CLASS, List.of("Name", "DNSHostName", "Domain", "NumberOfLogicalProcessors",
            "TotalPhysicalMemory"));

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public HostComputer read(CimSession session) throws CimException {
        List<CimInstance> rows = session.query(CimNamespaces.CIMV2, WQL);
        if (rows.isEmpty()) {
            throw new CimException(CimException.Kind.NOT_FOUND, CLASS + " has no instance on this host");
        }
        CimInstance r = rows.getFirst();
        return new HostComputer(r.string("Name"), r.string("DNSHostName"), r.string("Domain"),
                CimValues.integer(r, "NumberOfLogicalProcessors"), Units.bytesToMb(CimValues.integer(r, "TotalPhysicalMemory")));
    }
}
