package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Hyper-V Replica relationship of the host (Msvm_ReplicationRelationship), one query for all VMs. The VM is the
 * GUID inside InstanceID {@code Microsoft:<GUID>\HVR\<n>}, n = 0 primary, 1 extended: Name and SystemName are
 * reported empty on some hosts, so they are not used.
 */
public final class ReplicationRelationshipReader implements ClassReader<List<ReplicationRelationshipReader.Row>> {

    public static final String CLASS = "Msvm_ReplicationRelationship";

    static final String WQL = Wql.select(CLASS, List.of("InstanceID", "ReplicationState", "ReplicationHealth",
            "LastReplicationTime", "LastApplyTime", "LastApplicationConsistentReplicationTime", "LastReplicationType"));

    /** One relationship; times null for "never". */
    public record Row(String vmId, int index, Long state, Long health, OffsetDateTime lastReplicationTime,
                      OffsetDateTime lastApplyTime, OffsetDateTime lastApplicationConsistentTime,
                      Long lastReplicationType) {
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
            if (vmId != null) {
                rows.add(new Row(vmId, relationshipIndex(instanceId), CimValues.integer(r, "ReplicationState"),
                        CimValues.integer(r, "ReplicationHealth"), CimValues.when(r, "LastReplicationTime"),
                        CimValues.when(r, "LastApplyTime"), CimValues.when(r, "LastApplicationConsistentReplicationTime"),
                        CimValues.integer(r, "LastReplicationType")));
            }
        }
        return rows;
    }

    /** The n of {@code ...\HVR\<n>}; {@code ...\HVR} alone (Windows 8 had one relationship) is 0. */
    static int relationshipIndex(String instanceId) {
        String suffix = VmIds.suffix(instanceId);
        if (suffix == null) {
            return 0;
        }
        int slash = suffix.lastIndexOf('\\');
        String last = slash < 0 ? suffix : suffix.substring(slash + 1);
        return last.equals("1") ? 1 : 0;
    }
}
