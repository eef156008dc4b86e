package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/**
 * Msvm_VirtualEthernetSwitch: the host's switches (ElementName = the names the VMs' VirtualSwitchNames list, Name =
 * the switch GUID), healthy (hyperv-wmi.md §11.3). A working switch reports EnabledState 5 (Not Applicable), not 2,
 * as recorded on real hosts (§13 item 22).
 */
public final class VirtualEthernetSwitchBuilder extends ClassBuilder {

    VirtualEthernetSwitchBuilder() {
        super("Msvm_VirtualEthernetSwitch", CimNamespaces.VIRTUALIZATION_V2, "CreationClassName", "Name");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        Texts texts = Texts.of(host.profile());
        return host.facts().switches().stream().map(s -> new InstanceDraft(schema)
                .set("CreationClassName", "Msvm_VirtualEthernetSwitch")
                .set("Name", s.id())
                .set("ElementName", s.name())
                .set("Caption", texts.t("Virtual Switch"))
                .set("Description", texts.t("Microsoft Virtual Switch"))
                .set("EnabledState", 5)
                .set("EnabledDefault", 2)
                .set("RequestedState", 12)
                .set("HealthState", 5)
                .set("OperationalStatus", List.of(2))
                .set("StatusDescriptions", List.of(texts.t("Operating normally")))
                .set("Status", "OK")
                .set("ResetCapability", 5)
                .set("MaxVMQOffloads", 0)
                .set("MaxIOVOffloads", 0)
                .set("TimeOfLastStateChange", host.bootTime())
                .build()).toList();
    }
}
