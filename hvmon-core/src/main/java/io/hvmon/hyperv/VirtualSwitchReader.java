package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;
import io.hvmon.model.VirtualSwitch;

import java.util.List;

/** The host's virtual switches (Msvm_VirtualEthernetSwitch): name, id and health. */
public final class VirtualSwitchReader implements ClassReader<List<VirtualSwitch>> {

    public static final String CLASS = "Msvm_VirtualEthernetSwitch";

    static final String WQL = Wql.select(CLASS, List.of("Name", "ElementName", "HealthState", "EnabledState",
            "OperationalStatus"));

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public List<VirtualSwitch> read(CimSession session) throws CimException {
        return session.query(CimNamespaces.VIRTUALIZATION_V2, WQL).stream().map(VirtualSwitchReader::toSwitch).toList();
    }

    private static VirtualSwitch toSwitch(CimInstance r) {
        return new VirtualSwitch(r.string("Name"), r.string("ElementName"), CimValues.integer(r, "HealthState"),
                CimValues.integer(r, "EnabledState"), r.integers("OperationalStatus"));
    }
}
