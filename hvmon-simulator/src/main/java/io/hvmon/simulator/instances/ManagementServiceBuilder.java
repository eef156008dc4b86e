package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/** Msvm_VirtualSystemManagementService: the host's singleton {@code vmms} service (hyperv-wmi.md §11.1). */
public final class ManagementServiceBuilder extends ClassBuilder {

    ManagementServiceBuilder() {
        super("Msvm_VirtualSystemManagementService", CimNamespaces.VIRTUALIZATION_V2, "CreationClassName", "Name", "SystemCreationClassName", "SystemName");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        return List.of(new InstanceDraft(schema)
                .set("CreationClassName", "Msvm_VirtualSystemManagementService")
                .set("Name", "vmms")
                .set("SystemCreationClassName", "Msvm_ComputerSystem")
                .set("SystemName", host.hostName())
                .set("Caption", Texts.of(host.profile()).t("Virtual System Management Service"))
                .set("Description", "Service for creating, manipulating, and managing virtual machines")
                .set("ElementName", "Hyper-V Virtual System Management Service")
                .set("EnabledState", 2)
                .set("EnabledDefault", 2)
                .set("RequestedState", 12)
                .set("HealthState", 5)
                .set("OperationalStatus", List.of(2))
                .set("Status", "OK")
                .set("Started", true)
                .set("StartMode", "Auto")
                .set("TimeOfLastStateChange", host.bootTime())
                .build());
    }
}
