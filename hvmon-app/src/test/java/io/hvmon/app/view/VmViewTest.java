package io.hvmon.app.view;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.cim.CimInstance;
import io.hvmon.hyperv.SummaryInformationReader;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmSummary;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VmViewTest {

    private static final String GUID = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";

    private static HostSnapshot snapshot(CimInstance... rows) {
        List<VmSummary> vms = java.util.Arrays.stream(rows).map(SummaryInformationReader::toVm).toList();
        return new HostSnapshot("hv01", Instant.parse("2026-11-22T10:00:00Z"), Duration.ofMillis(12), 2, null, vms, List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> replicas(HostSnapshot snapshot, ValueStyle style) throws IOException {
        return (List<Map<String, Object>>) (List<?>) JSON.std.listFrom(VmView.replicas(List.of(snapshot), style));
    }

    private static Map<String, Object> vm(HostSnapshot snapshot, ValueStyle style) throws IOException {
        return JSON.std.mapFrom(VmView.vm(snapshot, snapshot.vms().getFirst(), style));
    }

    @Test
    void compatHasExactlyTheOriginalKeysInOrderWithTheOriginalTypes() throws IOException {
        Map<String, Object> vm = replicas(snapshot(Instances.summary(GUID, "SQL01", 1)), ValueStyle.COMPAT).getFirst();

        assertThat(vm.keySet()).containsExactlyElementsOf(VmView.REPLICA_KEYS).hasSize(23);
        assertThat(vm).containsEntry("id", GUID).containsEntry("name", "SQL01").containsEntry("state", "running")
                .containsEntry("instance_id", "Microsoft:" + GUID).containsEntry("shielded", false)
                .containsEntry("health_state", 5).containsEntry("heartbeat", 2).containsEntry("memory_usage", 4096)
                .containsEntry("memory_available", 2147483647).containsEntry("available_memory_buffer", 2147483647)
                .containsEntry("number_of_processors", 4).containsEntry("operational_status", List.of(2))
                .containsEntry("processor_load", 7).containsEntry("uptime", 123456789)
                .containsEntry("replication_state", 3).containsEntry("replication_health", "Normal")
                .containsEntry("replication_mode", 1).containsEntry("application_health", 2)
                .containsEntry("integration_services_version_state", 1)
                .containsEntry("host_computer_system_name", "HV01")
                .containsEntry("guest_operating_system", "Windows Server 2022 Datacenter");
    }

    @Test
    void compatWritesWmiNullAsTheOriginalsZeroValues() throws IOException {
        HostSnapshot snapshot = snapshot(Instances.of("Msvm_SummaryInformation").str("Name", GUID)
                .u16("ReplicationMode", 1L).build());
        Map<String, Object> vm = replicas(snapshot, ValueStyle.COMPAT).getFirst();

        assertThat(vm).containsEntry("name", "").containsEntry("state", "unknown").containsEntry("instance_id", "")
                .containsEntry("allocated_gpu", "").containsEntry("shielded", false)
                .containsEntry("other_enabled_state", "").containsEntry("guest_operating_system", "")
                .containsEntry("health_state", 0).containsEntry("heartbeat", 0).containsEntry("memory_usage", 0)
                .containsEntry("operational_status", List.of()).containsEntry("uptime", 0)
                .containsEntry("replication_health", "Not Applicable").containsEntry("host_computer_system_name", "");
        assertThat(vm.values()).doesNotContainNull();
    }

    @Test
    void friendlyAndNumericWriteWmiNullAsNull() throws IOException {
        HostSnapshot snapshot = snapshot(Instances.of("Msvm_SummaryInformation").str("Name", GUID)
                .u16("ReplicationMode", 2L).build());
        for (ValueStyle style : List.of(ValueStyle.FRIENDLY, ValueStyle.NUMERIC)) {
            Map<String, Object> vm = replicas(snapshot, style).getFirst();
            assertThat(vm.keySet()).containsExactlyElementsOf(VmView.REPLICA_KEYS);
            assertThat(vm.get("state")).as(style.wireName()).isNull();
            assertThat(vm.get("heartbeat")).isNull();
            assertThat(vm.get("operational_status")).isNull();
            assertThat(vm.get("replication_health")).isNull();
            assertThat(vm.get("shielded")).isNull();
            assertThat(vm.get("name")).isNull();
        }
    }

    @Test
    void friendlyNamesEveryEnumeration() throws IOException {
        Map<String, Object> vm = replicas(snapshot(Instances.summary(GUID, "SQL01", 1)), ValueStyle.FRIENDLY).getFirst();
        assertThat(vm).containsEntry("state", "Running").containsEntry("health_state", "OK")
                .containsEntry("heartbeat", "OK").containsEntry("operational_status", List.of("OK"))
                .containsEntry("replication_state", "Replicating").containsEntry("replication_health", "Normal")
                .containsEntry("replication_mode", "Primary").containsEntry("application_health", "OK")
                .containsEntry("integration_services_version_state", "Up To Date");
        assertThat(vm.get("memory_available")).as("no Dynamic Memory: not available").isNull();
        assertThat(vm).containsEntry("memory_usage", 4096).containsEntry("uptime", 123456789);
    }

    @Test
    void numericGivesEveryEnumerationAsItsCode() throws IOException {
        Map<String, Object> vm = replicas(snapshot(Instances.summary(GUID, "SQL01", 1)), ValueStyle.NUMERIC).getFirst();
        assertThat(vm).containsEntry("state", 2).containsEntry("replication_health", 1)
                .containsEntry("health_state", 5).containsEntry("operational_status", List.of(2))
                .containsEntry("memory_available", 2147483647);
    }

    @Test
    void heartbeatIsTheHeartbeatNotHealthState() throws IOException {
        HostSnapshot snapshot = snapshot(Instances.of("Msvm_SummaryInformation").str("Name", GUID)
                .u16("ReplicationMode", 1L).u16("HealthState", 5L).u16("Heartbeat", 12L).build());
        assertThat(replicas(snapshot, ValueStyle.COMPAT).getFirst()).containsEntry("heartbeat", 12).containsEntry("health_state", 5);
        assertThat(replicas(snapshot, ValueStyle.FRIENDLY).getFirst()).containsEntry("heartbeat", "No Contact");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "2|NULL|running|Running", "3|NULL|off|Off", "6|NULL|saved|Saved", "9|NULL|paused|Paused",
            "10|NULL|starting|Starting", "4|NULL|stopping|Stopping", "11|NULL|reset|Reset",
            "32773|NULL|saving|Saving", "32776|NULL|pausing|Pausing", "32777|NULL|resuming|Resuming",
            "1|Quiescing|pausing|Pausing", "1|Saving|saving|Saving", "1|Something new|other|Other",
            "32768|NULL|unknown (32768)|unknown (32768)", "4242|NULL|unknown (4242)|unknown (4242)"})
    void stateNamesUseHyperVV2Meanings(long code, String other, String compat, String friendly) throws IOException {
        HostSnapshot snapshot = snapshot(Instances.of("Msvm_SummaryInformation").str("Name", GUID)
                .u16("ReplicationMode", 1L).u16("EnabledState", code).str("OtherEnabledState", other).build());
        assertThat(replicas(snapshot, ValueStyle.COMPAT).getFirst()).containsEntry("state", compat);
        assertThat(replicas(snapshot, ValueStyle.FRIENDLY).getFirst()).containsEntry("state", friendly);
        assertThat(replicas(snapshot, ValueStyle.NUMERIC).getFirst()).containsEntry("state", (int) code);
    }

    @Test
    void unknownCodesAreKeptNeverDropped() throws IOException {
        HostSnapshot snapshot = snapshot(Instances.of("Msvm_SummaryInformation").str("Name", GUID)
                .u16("ReplicationMode", 1L).u16("ReplicationHealth", 9L).u16("HealthState", 77L)
                .u16s("OperationalStatus", List.of(2L, 40000L)).build());
        assertThat(replicas(snapshot, ValueStyle.COMPAT).getFirst()).containsEntry("replication_health", "unknown (9)")
                .containsEntry("health_state", 77).containsEntry("operational_status", List.of(2, 40000));
        assertThat(replicas(snapshot, ValueStyle.FRIENDLY).getFirst()).containsEntry("health_state", "unknown (77)")
                .containsEntry("operational_status", List.of("OK", "unknown (40000)"));
    }

    @Test
    void replicasListsOnlyVmsTakingPartInReplica() throws IOException {
        HostSnapshot snapshot = snapshot(
                Instances.summary("00000000-0000-4000-8000-000000000001", "PRIMARY", 1),
                Instances.summary("00000000-0000-4000-8000-000000000002", "PLAIN", 0),
                Instances.summary("00000000-0000-4000-8000-000000000003", "REPLICA", 2),
                Instances.of("Msvm_SummaryInformation").str("Name", "00000000-0000-4000-8000-000000000004").build());
        assertThat(replicas(snapshot, ValueStyle.COMPAT)).extracting(vm -> vm.get("name"))
                .containsExactly("PRIMARY", "REPLICA");
        assertThat(JSON.std.listFrom(VmView.vms(List.of(snapshot), ValueStyle.COMPAT))).hasSize(4);
    }

    @Test
    void noReplicasIsAnEmptyArrayNotNull() {
        assertThat(new String(VmView.replicas(List.of(snapshot()), ValueStyle.COMPAT))).isEqualTo("[]");
    }

    @Test
    void uint64BeyondTheSignedRangeIsWrittenUnsigned() throws IOException {
        HostSnapshot snapshot = snapshot(Instances.of("Msvm_SummaryInformation").str("Name", GUID)
                .u16("ReplicationMode", 1L).u64("UpTime", -1L).build());
        assertThat(new String(VmView.replicas(List.of(snapshot), ValueStyle.NUMERIC)))
                .contains("\"uptime\":18446744073709551615");
    }

    @Test
    void vmsAddsDetailsAfterTheOriginalKeys() throws IOException {
        HostSnapshot snapshot = snapshot(Instances.of("Msvm_SummaryInformation").str("Name", GUID)
                .u64("MemoryUsage", 2048L).s32("MemoryAvailable", 25L).str("VirtualSystemSubType", "Microsoft:Hyper-V:SubType:2")
                .build());
        Map<String, Object> vm = vm(snapshot, ValueStyle.COMPAT);
        assertThat(List.copyOf(vm.keySet()).subList(0, 23)).containsExactlyElementsOf(VmView.REPLICA_KEYS);
        assertThat(vm).containsEntry("host", "hv01").containsEntry("generation", 2);
        assertThat(vm.get("notes")).as("extras write NULL as null even in compat").isNull();
        assertThat(vm.get("memory_demand_mb")).as("no details read yet").isNull();
        assertThat(vm).containsEntry("replication_relationships", List.of());
    }
}
