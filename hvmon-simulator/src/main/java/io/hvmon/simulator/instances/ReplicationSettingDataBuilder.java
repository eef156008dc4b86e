package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.time.Duration;
import java.util.List;

/**
 * Msvm_ReplicationSettingData: one per relationship, same InstanceID {@code Microsoft:<GUID>\HVR\<0|1>} (8.1+ form,
 * hyperv-wmi.md §7.3). ReplicationInterval in seconds; primary and recovery servers as FQDNs, the connection points
 * naming the same standalone hosts; AutoResynchronize window as intervals (18:30 to 06:00, the defaults).
 */
public final class ReplicationSettingDataBuilder extends ClassBuilder {

    static final String VIRTUAL_SYSTEM_TYPE = "Microsoft:Hyper-V:Replica";

    ReplicationSettingDataBuilder() {
        super("Msvm_ReplicationSettingData", CimNamespaces.VIRTUALIZATION_V2, "InstanceID");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        Texts texts = Texts.of(host.profile());
        return Relationship.all(host).stream().map(r -> {
            boolean certificate = r.vmHash() % 5 == 0;
            return new InstanceDraft(schema)
                    .set("InstanceID", r.instanceId())
                    .set("Caption", texts.t("Replication Settings"))
                    .set("ElementName", r.vm().profile().name())
                    .set("VirtualSystemIdentifier", r.vm().profile().id())
                    .set("VirtualSystemType", VIRTUAL_SYSTEM_TYPE)
                    .set("ReplicationInterval", r.replication().intervalSeconds())
                    .set("PrimaryHostSystem", r.primaryHost())
                    .set("PrimaryConnectionPoint", r.primaryHost())
                    .set("RecoveryHostSystem", r.recoveryHost())
                    .set("RecoveryConnectionPoint", r.recoveryHost())
                    .set("RecoveryServerPortNumber", certificate ? 443 : 80)
                    .set("AuthenticationType", certificate ? 2 : 1)
                    .set("CertificateThumbPrint", certificate ? thumbprint(r) : "")
                    .set("CompressionEnabled", r.vmHash() % 7 != 0)
                    .set("BypassProxyServer", false)
                    .set("ReplicateHostKvpItems", true)
                    .set("RecoveryHistory", r.vmHash() % 4 == 0 ? 0 : 4)
                    .set("ApplicationConsistentSnapshotInterval", r.applicationConsistentHours())
                    .set("AutoResynchronizeEnabled", r.vmHash() % 2 == 0)
                    .set("AutoResynchronizeIntervalStart", Duration.ofHours(18).plusMinutes(30))
                    .set("AutoResynchronizeIntervalEnd", Duration.ofHours(6))
                    .set("EnableWriteOrderPreservationAcrossDisks", true)
                    .set("CreationTime", r.vm().profile().created())
                    .build();
        }).toList();
    }

    private static String thumbprint(Relationship r) {
        return String.format("%040X", new java.math.BigInteger(1, r.instanceId().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .mod(java.math.BigInteger.TWO.pow(160)));
    }
}
