package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Msvm_ReplicationRelationship and Msvm_ReplicationSettingData, as WS-Man delivers them (text) and typed. */
class ReplicationReadersTest {

    private static final String VM = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final OffsetDateTime LAST = OffsetDateTime.of(2026, 11, 22, 9, 58, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(1601, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void relationshipsAsWsManDeliversThem() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Msvm_ReplicationRelationship", List.of(
                Instances.of("Msvm_ReplicationRelationship").str("InstanceID", "Microsoft:" + VM.toLowerCase() + "\\HVR\\0")
                        .str("ReplicationState", "3").str("ReplicationHealth", "1").dateTime("LastReplicationTime", LAST)
                        .dateTime("LastApplyTime", LAST.minusMinutes(1)).dateTime("LastApplicationConsistentReplicationTime", EPOCH)
                        .str("LastReplicationType", "2").build(),
                Instances.of("Msvm_ReplicationRelationship").str("InstanceID", "Microsoft:" + VM + "\\HVR\\1")
                        .str("ReplicationState", "2").str("ReplicationHealth", "2")
                        .dateTime("LastReplicationTime", EPOCH).str("LastApplyTime", null).build(),
                Instances.of("Msvm_ReplicationRelationship").str("InstanceID", "Microsoft:not-a-vm\\HVR\\0").build()));

        List<ReplicationRelationshipReader.Row> rows = new ReplicationRelationshipReader().read(session);

        assertThat(session.queries).containsExactly("SELECT InstanceID, ReplicationState, ReplicationHealth, "
                + "LastReplicationTime, LastApplyTime, LastApplicationConsistentReplicationTime, LastReplicationType "
                + "FROM Msvm_ReplicationRelationship");
        assertThat(rows).containsExactly(
                new ReplicationRelationshipReader.Row(VM, 0, 3L, 1L, LAST, LAST.minusMinutes(1), null, 2L),
                new ReplicationRelationshipReader.Row(VM, 1, 2L, 2L, null, null, null, null));
    }

    @Test
    void relationshipsFromLocalComWithTypedValuesAndDmtfDates() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Msvm_ReplicationRelationship", List.of(
                Instances.of("Msvm_ReplicationRelationship").str("InstanceID", "Microsoft:" + VM + "\\HVR\\0")
                        .u16("ReplicationState", 7L).u16("ReplicationHealth", 3L)
                        .str("LastReplicationTime", "20261122095800.000000-000")
                        .str("LastApplyTime", "16010101000000.000000-000")
                        .str("LastApplicationConsistentReplicationTime", "20261122105800.000000+060")
                        .u16("LastReplicationType", 1L).build()));

        ReplicationRelationshipReader.Row row = new ReplicationRelationshipReader().read(session).getFirst();

        assertThat(row.state()).isEqualTo(7L);
        assertThat(row.health()).isEqualTo(3L);
        assertThat(row.lastReplicationTime()).isEqualTo(LAST);
        assertThat(row.lastApplyTime()).as("FILETIME epoch = never").isNull();
        assertThat(row.lastApplicationConsistentTime().toInstant()).isEqualTo(LAST.toInstant());
    }

    @Test
    void relationshipIndexFromInstanceId() {
        assertThat(ReplicationRelationshipReader.relationshipIndex("Microsoft:" + VM + "\\HVR\\0")).isZero();
        assertThat(ReplicationRelationshipReader.relationshipIndex("Microsoft:" + VM + "\\HVR\\1")).isOne();
        assertThat(ReplicationRelationshipReader.relationshipIndex("Microsoft:" + VM + "\\HVR")).as("Windows 8").isZero();
    }

    @Test
    void settingsNameTheServersAsGetVmReplicationDoes() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Msvm_ReplicationSettingData", List.of(
                Instances.of("Msvm_ReplicationSettingData").str("InstanceID", "Microsoft:" + VM + "\\HVR\\0")
                        .str("ReplicationInterval", "300").str("PrimaryConnectionPoint", "hv01")
                        .str("PrimaryHostSystem", "hv01.corp.example").str("RecoveryConnectionPoint", "replica-broker")
                        .str("RecoveryHostSystem", "hv07.corp.example").build(),
                Instances.of("Msvm_ReplicationSettingData").str("InstanceID", "Microsoft:" + VM + "\\HVR\\1")
                        .u16("ReplicationInterval", 900L).str("PrimaryConnectionPoint", "hv07")
                        .str("PrimaryHostSystem", "").str("RecoveryConnectionPoint", "dr01")
                        .str("RecoveryHostSystem", null).build()));

        List<ReplicationSettingReader.Row> rows = new ReplicationSettingReader().read(session);

        assertThat(session.queries).containsExactly("SELECT InstanceID, ReplicationInterval, PrimaryConnectionPoint, "
                + "PrimaryHostSystem, RecoveryConnectionPoint, RecoveryHostSystem FROM Msvm_ReplicationSettingData");
        assertThat(rows).containsExactly(
                new ReplicationSettingReader.Row(VM, 0, Duration.ofMinutes(5), "hv01.corp.example", "replica-broker",
                        "hv07.corp.example"),
                new ReplicationSettingReader.Row(VM, 1, Duration.ofMinutes(15), "hv07", "dr01", null));
    }
}
