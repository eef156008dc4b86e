package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;
import io.hvmon.model.HostInfo;

import java.util.List;

/**
 * The host's own Msvm_ComputerSystem instance. Msvm_ComputerSystem holds the host and every VM; the host is the one
 * whose Name is not a GUID (Caption and Description are localized, so they cannot be filtered on).
 */
public final class HostSystemReader implements ClassReader<HostInfo> {

    public static final String CLASS = "Msvm_ComputerSystem";

    private static final String WQL = Wql.select(CLASS,
            List.of("Name", "ElementName", "EnabledState", "HealthState", "OperationalStatus", "NumberOfNumaNodes"));

    @Override
    public String what() {
        return CLASS + " (host)";
    }

    @Override
    public HostInfo read(CimSession session) throws CimException {
        for (CimInstance row : session.query(CimNamespaces.VIRTUALIZATION_V2, WQL)) {
            String name = row.string("Name");
            if (name != null && !VmIds.isVmId(name)) {
                return new HostInfo(name, row.string("ElementName"), row.integer("EnabledState"),
                        row.integer("HealthState"), row.integers("OperationalStatus"), row.integer("NumberOfNumaNodes"));
            }
        }
        throw new CimException(CimException.Kind.NOT_FOUND,
                "the host's own Msvm_ComputerSystem instance is missing (only VM instances were returned)");
    }
}
