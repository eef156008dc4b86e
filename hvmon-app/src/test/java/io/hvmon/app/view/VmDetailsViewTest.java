package io.hvmon.app.view;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.hyperv.SummaryInformationReader;
import io.hvmon.model.Checkpoints;
import io.hvmon.model.GuestInfo;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.MemoryStatus;
import io.hvmon.model.Replication;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmHealth;
import io.hvmon.model.VmSettings;
import io.hvmon.model.VmSummary;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VmDetailsViewTest {

    private static final String GUID = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final OffsetDateTime LAST = OffsetDateTime.parse("2026-11-22T09:13:00Z");

    private static HostSnapshot snapshot() {
        VmSummary vm = SummaryInformationReader.toVm(Instances.summary(GUID, "SQL01", 1));
        Replication primary = new Replication(0, 3L, 4L, 2L, LAST, LAST.plusSeconds(3), null, 1L,
                Duration.ofMinutes(47), Duration.ofMinutes(5), "HV01.corp.example.test", "HV-DR01.corp.example.test",
                "HV-DR02.corp.example.test", "Warning: last replication 47 min ago, interval 5 min");
        Replication extended = new Replication(1, 3L, 4L, 1L, null, null, null, 0L, null, null, null, null, null,
                "Warning: waiting for initial replication");
        VmDetails details = new VmDetails(GUID, List.of(primary, extended),
                new GuestInfo("sql01.corp.example.test", "Windows Server 2022 Datacenter", "10.0.20348",
                        List.of("10.0.0.5", "192.168.1.5"), List.of(), "10.0.20348.1"),
                new VmSettings(2L, "10.0", 4L, 4096L, true, 1024L, 8192L, 20L, "prod db", LAST.minusDays(300)),
                new MemoryStatus(4096L, 3072L, 75L),
                new Checkpoints(2, LAST.minusDays(10), Duration.ofDays(10)),
                new VmHealth(2L, 2L, 6L, 1L, List.of(2L), Duration.ofMillis(123456789)));
        return new HostSnapshot("hv01", Instant.parse("2026-11-22T10:00:00Z"), Duration.ofMillis(12), 8, null,
                List.of(vm), Map.of(GUID, details), Map.of(), List.of());
    }

    private static Map<String, Object> vm(ValueStyle style) throws Exception {
        HostSnapshot snapshot = snapshot();
        return JSON.std.mapFrom(VmView.vm(snapshot, snapshot.vms().getFirst(), style));
    }

    @Test
    void flatKeysCarryReplicationLagGuestSettingsMemoryAndCheckpointsWithUnitsInTheirNames() throws Exception {
        Map<String, Object> vm = vm(ValueStyle.FRIENDLY);
        assertThat(vm).containsEntry("replication_status", "Warning: last replication 47 min ago, interval 5 min")
                .containsEntry("last_replication_time", "2026-11-22T09:13:00.000Z")
                .containsEntry("replication_lag_seconds", 2820).containsEntry("replication_interval_seconds", 300)
                .containsEntry("primary_server", "HV01.corp.example.test")
                .containsEntry("replica_server", "HV-DR01.corp.example.test")
                .containsEntry("guest_fqdn", "sql01.corp.example.test")
                .containsEntry("ipv4_addresses", List.of("10.0.0.5", "192.168.1.5"))
                .containsEntry("ipv6_addresses", List.of())
                .containsEntry("virtual_processors", 4).containsEntry("startup_memory_mb", 4096)
                .containsEntry("dynamic_memory_enabled", true).containsEntry("minimum_memory_mb", 1024)
                .containsEntry("maximum_memory_mb", 8192).containsEntry("memory_buffer_percent", 20)
                .containsEntry("memory_demand_mb", 3072).containsEntry("memory_pressure_percent", 75)
                .containsEntry("checkpoint_count", 2).containsEntry("oldest_checkpoint_age_seconds", 864000)
                .containsEntry("heartbeat_status", "OkApplicationsHealthy");
        assertThat(List.copyOf(vm.keySet()).subList(0, 23)).isEqualTo(VmView.REPLICA_KEYS);
    }

    @Test
    void theDetailOfOneVmListsEveryRelationshipNamedByStyle() throws Exception {
        List<?> friendly = (List<?>) vm(ValueStyle.FRIENDLY).get("replication_relationships");
        assertThat(friendly).hasSize(2);
        Map<?, ?> primary = (Map<?, ?>) friendly.getFirst();
        assertThat(primary.get("relationship")).isEqualTo("primary");
        assertThat(primary.get("state")).isEqualTo("Replicating");
        assertThat(primary.get("powershell_state")).isEqualTo("Replicating");
        assertThat(primary.get("health")).isEqualTo("Warning");
        assertThat(primary.get("lag_seconds")).isEqualTo(2820);
        assertThat(primary.get("current_replica_server")).isEqualTo("HV-DR02.corp.example.test");
        Map<?, ?> extended = (Map<?, ?>) friendly.get(1);
        assertThat(extended.get("relationship")).isEqualTo("extended");
        assertThat(extended.get("last_replication_time")).as("never replicated").isNull();
        assertThat(extended.get("lag_seconds")).isNull();

        Map<?, ?> numeric = (Map<?, ?>) ((List<?>) vm(ValueStyle.NUMERIC).get("replication_relationships")).getFirst();
        assertThat(numeric.get("state")).isEqualTo(3);
        assertThat(numeric.get("health")).isEqualTo(2);
        Map<?, ?> compat = (Map<?, ?>) ((List<?>) vm(ValueStyle.COMPAT).get("replication_relationships")).getFirst();
        assertThat(compat.get("health")).as("extra keys in compat are numeric").isEqualTo(2);
    }

    @Test
    void replicasStillCarryExactlyTheOriginalKeys() throws Exception {
        List<Object> rows = JSON.std.listFrom(VmView.replicas(List.of(snapshot()), ValueStyle.COMPAT));
        assertThat(List.copyOf(((Map<?, ?>) rows.getFirst()).keySet())).isEqualTo(VmView.REPLICA_KEYS);
    }
}
