package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Replication settings of every relationship (Msvm_ReplicationSettingData, InstanceID {@code Microsoft:<GUID>\HVR\<n>}):
 * the interval and the servers, named as Get-VMReplication names them.
 */
public final class ReplicationSettingReader implements ClassReader<List<ReplicationSettingReader.Row>> {

    public static final String CLASS = "Msvm_ReplicationSettingData";

    static final String WQL = Wql.select(CLASS, List.of("InstanceID", "ReplicationInterval", "PrimaryConnectionPoint",
            "PrimaryHostSystem", "RecoveryConnectionPoint", "RecoveryHostSystem"));

    /**
     * @param interval             ReplicationInterval (uint16 seconds)
     * @param primaryServer        PrimaryHostSystem when set, else PrimaryConnectionPoint (as PowerShell's PrimaryServerName)
     * @param replicaServer        RecoveryConnectionPoint (ReplicaServerName)
     * @param currentReplicaServer RecoveryHostSystem (CurrentReplicaServerName)
     */
    public record Row(String vmId, int index, Duration interval, String primaryServer, String replicaServer,
                      String currentReplicaServer) {
    }

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public List<Row> read(CimSession session) throws CimException {
        List<Row> rows = new ArrayList<>();
        for (CimInstance r : session.query(CimNamespaces.VIRTUALIZATION_V2, WQL)) {
            String instanceId = r.string("InstanceID");
            String vmId = VmIds.fromInstanceId(instanceId);
            if (vmId == null) {
                continue;
            }
            Long seconds = CimValues.integer(r, "ReplicationInterval");
            rows.add(new Row(vmId, ReplicationRelationshipReader.relationshipIndex(instanceId),
                    seconds == null || seconds <= 0 ? null : Duration.ofSeconds(seconds),
                    firstNonBlank(r.string("PrimaryHostSystem"), r.string("PrimaryConnectionPoint")),
                    blankToNull(r.string("RecoveryConnectionPoint")), blankToNull(r.string("RecoveryHostSystem"))));
        }
        return rows;
    }

    private static String firstNonBlank(String a, String b) {
        return blankToNull(a) != null ? a.strip() : blankToNull(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
