package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/**
 * Msvm_ReplicationRelationship: one per replicated VM ({@code Microsoft:<GUID>\HVR\0}) plus {@code \HVR\1} for a
 * replica that extends onwards (hyperv-wmi.md §7.2). State and health are those of the VM's summary
 * (ReplicationStateEx/HealthEx at the same index). Never-replicated relationships carry FILETIME-epoch dates. Name
 * and SystemName are empty, as Server 2019 reports them (gotcha 21): join on the GUID in InstanceID.
 */
public final class ReplicationRelationshipBuilder extends ClassBuilder {

    ReplicationRelationshipBuilder() {
        super("Msvm_ReplicationRelationship", CimNamespaces.VIRTUALIZATION_V2, "InstanceID");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        Texts texts = Texts.of(host.profile());
        return Relationship.all(host).stream().map(r -> new InstanceDraft(schema)
                .set("InstanceID", r.instanceId())
                .set("Name", "")
                .set("ElementName", r.vm().profile().name())
                .set("Caption", texts.t("Replication Relationship"))
                .set("ReplicationState", r.replication().state())
                .set("ReplicationHealth", r.replication().health())
                .set("HealthState", 5)
                .set("OperationalStatus", List.of(2))
                .set("StatusDescriptions", List.of(texts.t("Operating normally")))
                .set("Status", "OK")
                .set("FailedOverReplicationType", 0)
                .set("LastReplicationType", r.replication().lastReplication() == null ? 0 : 1)
                .set("LastReplicationTime", r.lastReplication())
                .set("LastApplyTime", r.lastApply(host.now()))
                .set("LastApplicationConsistentReplicationTime", r.lastApplicationConsistent())
                .build()).toList();
    }
}
