package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/** Msvm_ReplicationService: the host's singleton {@code replicasvc}, running and healthy (hyperv-wmi.md §7.4). */
public final class ReplicationServiceBuilder extends ClassBuilder {

    ReplicationServiceBuilder() {
        super("Msvm_ReplicationService", CimNamespaces.VIRTUALIZATION_V2, "CreationClassName", "Name", "SystemCreationClassName", "SystemName");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        Texts texts = Texts.of(host.profile());
        return List.of(new InstanceDraft(schema)
                .set("CreationClassName", "Msvm_ReplicationService")
                .set("Name", "replicasvc")
                .set("SystemCreationClassName", "Msvm_ComputerSystem")
                .set("SystemName", host.hostName())
                .set("Caption", texts.t("Hyper-V Replica Service"))
                .set("Description", texts.t("Replication Service"))
                .set("ElementName", "Hyper-V Replica Service")
                .set("EnabledState", 2)
                .set("EnabledDefault", 2)
                .set("RequestedState", 12)
                .set("HealthState", 5)
                .set("OperationalStatus", List.of(2))
                .set("StatusDescriptions", List.of(texts.t("Operating normally")))
                .set("Status", "OK")
                .set("Started", true)
                .set("StartMode", "Auto")
                .set("TimeOfLastStateChange", host.bootTime())
                .build());
    }
}
