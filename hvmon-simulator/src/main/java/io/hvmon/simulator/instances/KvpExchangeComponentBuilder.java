package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.VmState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;
import java.util.Map;

/**
 * Msvm_KvpExchangeComponent: one per VM (SystemName = VM GUID). A guest running with integration services publishes
 * its intrinsic items as CIM-XML strings and reports OperationalStatus [2]; otherwise [12] No Contact and a NULL
 * item array (hyperv-wmi.md §8.1). GuestExchangeItems (the guest's own pairs) are not simulated: NULL.
 */
public final class KvpExchangeComponentBuilder extends ClassBuilder {

    /** The Data Exchange integration service's id, the last part of DeviceID (inferred from hv_kvp's channel GUID). */
    static final String SERVICE_ID = "A9A0F4E7-5A45-4D96-B827-8A841E8C03E6";

    KvpExchangeComponentBuilder() {
        super("Msvm_KvpExchangeComponent", CimNamespaces.VIRTUALIZATION_V2, "CreationClassName", "DeviceID", "SystemCreationClassName", "SystemName");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        return host.vms().stream().map(vm -> component(host, vm, schema)).toList();
    }

    private static CimInstance component(HostState host, VmState vm, ClassSchema schema) {
        Texts texts = Texts.of(host.profile());
        Map<String, String> items = GuestIntrinsicItems.of(host, vm);
        boolean contact = !items.isEmpty();
        return new InstanceDraft(schema)
                .set("CreationClassName", "Msvm_KvpExchangeComponent")
                .set("DeviceID", "Microsoft:" + vm.profile().id() + "\\" + SERVICE_ID)
                .set("SystemCreationClassName", "Msvm_ComputerSystem")
                .set("SystemName", vm.profile().id())
                .set("Name", "Key-Value Pair Exchange")
                .set("ElementName", texts.t("Key-Value Pair Exchange"))
                .set("Caption", texts.t("Key-Value Pair Exchange"))
                .set("Description", texts.t("Microsoft Key-Value Pair Exchange Service"))
                .set("EnabledState", vm.power().isOn() ? 2 : 3)
                .set("EnabledDefault", 2)
                .set("RequestedState", 12)
                .set("HealthState", 5)
                .set("OperationalStatus", List.of(contact ? 2 : 12))
                .set("StatusDescriptions", List.of(texts.t(contact ? "Operating normally" : "No Contact")))
                .set("Status", contact ? "OK" : "No Contact")
                .set("GuestIntrinsicExchangeItems", contact ? items.entrySet().stream()
                        .map(e -> KvpItemXml.of(e.getKey(), e.getValue(), KvpItemXml.GUEST_INTRINSIC)).toList() : null)
                .build();
    }
}
