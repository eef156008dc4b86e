package io.hvmon.app.metrics;

import io.hvmon.cim.CimException;
import io.hvmon.collect.HostStatus;
import io.hvmon.hyperv.values.EnabledState;
import io.hvmon.hyperv.values.ReplicationState;
import io.hvmon.model.HostSnapshot;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.hvmon.app.metrics.MetricsFixtures.ODD;
import static io.hvmon.app.metrics.MetricsFixtures.SQL;
import static io.hvmon.app.metrics.MetricsFixtures.T0;
import static io.hvmon.app.metrics.MetricsFixtures.WEB;
import static org.assertj.core.api.Assertions.assertThat;

/** The families of docs/METRICS.md, from hand-made snapshots, read back from the text format. */
class MetricsViewTest {

    private static Exposition render(List<HostStatus> hosts, Set<String> stale, Map<String, WireCounts> wire) {
        return Exposition.parse(MetricsView.render(new MetricsInput(hosts, stale, MetricsFixtures.self(wire)),
                MetricsFormat.TEXT));
    }

    private static Exposition oneHost() {
        return render(List.of(MetricsFixtures.collected()), Set.of(), Map.of());
    }

    @Test
    void everyVmHasOneInfoSeriesCarryingWhatDescribesIt() {
        Exposition metrics = oneHost();

        assertThat(metrics.find("hyperv_vm_info")).hasSize(3);
        assertThat(metrics.find("hyperv_vm_info", "vm_id", SQL).getFirst().labels()).containsExactlyInAnyOrderEntriesOf(
                Map.of("host", "hv01", "vm_id", SQL, "vm", "SQL01", "guest_os", "Windows Server 2022 Datacenter",
                        "guest_os_version", "10.0.20348", "guest_fqdn", "sql01.corp.example",
                        "integration_services_version", "10.0.20348.1", "generation", "2", "dynamic_memory", "true"));
        assertThat(metrics.value("hyperv_vm_info", "vm_id", WEB, "vm", "WEB01")).isEqualTo(1);
        assertThat(metrics.find("hyperv_vm_memory_assigned_bytes", "vm_id", SQL).getFirst().labels())
                .as("value series carry only what identifies the VM").containsOnlyKeys("host", "vm_id", "vm");
    }

    @Test
    void statesAreStateSetsWithASeriesForEveryKnownState() {
        Exposition metrics = oneHost();

        assertThat(metrics.find("hyperv_vm_state", "vm_id", SQL)).hasSize(EnabledState.values().length);
        assertThat(metrics.value("hyperv_vm_state", "vm_id", SQL, "hyperv_vm_state", "running")).isEqualTo(1);
        assertThat(metrics.value("hyperv_vm_state", "vm_id", SQL, "hyperv_vm_state", "off")).isZero();
        assertThat(metrics.value("hyperv_vm_state", "vm_id", WEB, "hyperv_vm_state", "off")).isEqualTo(1);
        assertThat(metrics.find("hyperv_vm_state", "vm_id", WEB).stream().mapToDouble(Exposition.Sample::value).sum())
                .isEqualTo(1);
        assertThat(metrics.value("hyperv_vm_health_state", "vm_id", ODD, "hyperv_vm_health_state", "critical_failure"))
                .isEqualTo(1);
        assertThat(metrics.value("hyperv_vm_heartbeat", "vm_id", SQL, "hyperv_vm_heartbeat", "ok")).isEqualTo(1);
        assertThat(metrics.value("hyperv_vm_replication_mode", "vm_id", SQL, "hyperv_vm_replication_mode", "primary"))
                .isEqualTo(1);
        assertThat(metrics.value("hyperv_vm_replication_mode", "vm_id", WEB, "hyperv_vm_replication_mode", "none"))
                .isEqualTo(1);
        assertThat(metrics.value("hyperv_vm_integration_services_state", "vm_id", SQL,
                "hyperv_vm_integration_services_state", "up_to_date")).isEqualTo(1);
    }

    @Test
    void aCodeNoMapKnowsStillShowsAndANullShowsNothing() {
        Exposition metrics = oneHost();

        assertThat(metrics.value("hyperv_vm_state", "vm_id", ODD, "hyperv_vm_state", "unknown_32790")).isEqualTo(1);
        assertThat(metrics.find("hyperv_vm_state", "vm_id", ODD)).hasSize(EnabledState.values().length + 1)
                .filteredOn(s -> s.value() == 1).hasSize(1);
        assertThat(metrics.find("hyperv_vm_heartbeat", "vm_id", ODD)).as("Heartbeat NULL").isEmpty();
        assertThat(metrics.find("hyperv_vm_uptime_seconds", "vm_id", ODD)).as("UpTime NULL").isEmpty();
        assertThat(metrics.value("hyperv_host_vms", "state", "unknown_32790")).isEqualTo(1);
    }

    @Test
    void valuesAreInBaseUnits() {
        Exposition metrics = oneHost();

        assertThat(metrics.value("hyperv_vm_memory_assigned_bytes", "vm_id", SQL)).isEqualTo(4096.0 * 1024 * 1024);
        assertThat(metrics.value("hyperv_vm_memory_demand_bytes", "vm_id", SQL)).isEqualTo(3072.0 * 1024 * 1024);
        assertThat(metrics.value("hyperv_vm_memory_pressure_ratio", "vm_id", SQL)).isEqualTo(0.75);
        assertThat(metrics.value("hyperv_vm_processor_load_ratio", "vm_id", SQL)).isEqualTo(0.07);
        assertThat(metrics.value("hyperv_vm_uptime_seconds", "vm_id", SQL)).isEqualTo(123456.789);
        assertThat(metrics.value("hyperv_vm_processors", "vm_id", SQL)).isEqualTo(4);
        assertThat(metrics.value("hyperv_vm_checkpoints", "vm_id", SQL)).isEqualTo(2);
        assertThat(metrics.value("hyperv_vm_oldest_checkpoint_timestamp_seconds", "vm_id", SQL))
                .isEqualTo(MetricsFixtures.OLDEST_CHECKPOINT.toEpochSecond());
        assertThat(metrics.find("hyperv_vm_memory_demand_bytes", "vm_id", WEB)).as("no details, no demand").isEmpty();
        assertThat(metrics.value("hyperv_host_memory_total_bytes")).isEqualTo(262_000.0 * 1024 * 1024);
        assertThat(metrics.value("hyperv_host_memory_free_bytes")).isEqualTo(65_536.0 * 1024 * 1024);
        assertThat(metrics.value("hyperv_host_hypervisor_cpu_ratio")).isEqualTo(0.37);
        assertThat(metrics.value("hyperv_host_uptime_seconds")).isEqualTo(3 * 86400);
        assertThat(metrics.value("hyperv_host_boot_timestamp_seconds")).isEqualTo(T0.getEpochSecond() - 3 * 86400);
        assertThat(metrics.value("hyperv_host_dynamic_memory_pressure_ratio")).isEqualTo(0.8);
        assertThat(metrics.value("hyperv_host_logical_processors")).isEqualTo(32);
    }

    @Test
    void replicationIsOneSetOfSeriesPerRelationship() {
        Exposition metrics = oneHost();

        assertThat(metrics.value("hyperv_vm_replication_health", "relationship", "primary",
                "hyperv_vm_replication_health", "normal")).isEqualTo(1);
        assertThat(metrics.value("hyperv_vm_replication_health", "relationship", "extended",
                "hyperv_vm_replication_health", "critical")).isEqualTo(1);
        assertThat(metrics.find("hyperv_vm_replication_state", "relationship", "primary"))
                .hasSize(ReplicationState.values().length);
        assertThat(metrics.value("hyperv_vm_replication_state", "relationship", "primary",
                "hyperv_vm_replication_state", "replicating")).isEqualTo(1);
        assertThat(metrics.value("hyperv_vm_replication_lag_seconds", "vm_id", SQL, "relationship", "primary"))
                .isEqualTo(90);
        assertThat(metrics.value("hyperv_vm_replication_interval_seconds", "relationship", "extended")).isEqualTo(900);
        assertThat(metrics.value("hyperv_vm_replication_last_timestamp_seconds", "relationship", "primary"))
                .isEqualTo(MetricsFixtures.LAST_REPLICATION.toEpochSecond());
        assertThat(metrics.find("hyperv_vm_replication_lag_seconds", "relationship", "extended"))
                .as("never replicated: no lag, no time").isEmpty();
        assertThat(metrics.find("hyperv_vm_replication_health", "vm_id", WEB)).as("not replicated").isEmpty();
    }

    @Test
    void theHostIsDescribedOnceAndCountsItsVmsByState() {
        Exposition metrics = oneHost();

        assertThat(metrics.find("hyperv_host_info").getFirst().labels()).containsAllEntriesOf(Map.of("host", "hv01",
                "computer_name", "HV01", "dns_host_name", "hv01", "domain", "corp.example",
                "os", "Microsoft Windows Server 2022 Datacenter", "os_version", "10.0.20348", "os_build", "20348"));
        assertThat(metrics.value("hyperv_host_vms", "state", "running")).isEqualTo(1);
        assertThat(metrics.value("hyperv_host_vms", "state", "off")).isEqualTo(1);
        assertThat(metrics.value("hyperv_host_vms", "state", "paused")).as("a state without VMs counts 0").isZero();
        assertThat(metrics.value("hyperv_host_service_running", "service", "vmms")).isEqualTo(1);
        assertThat(metrics.value("hyperv_host_service_running", "service", "replication")).isZero();
        assertThat(metrics.value("hyperv_host_service_health_state", "service", "replication",
                "hyperv_host_service_health_state", "major_failure")).isEqualTo(1);
        assertThat(metrics.value("hyperv_host_switches")).isEqualTo(1);
        assertThat(metrics.value("hyperv_switch_health_state", "switch", "External", "hyperv_switch_health_state", "ok"))
                .isEqualTo(1);
    }

    @Test
    void aFailingHostKeepsItsSeriesFlaggedByCollectionSuccessZero() {
        HostStatus good = MetricsFixtures.collected();
        HostStatus failing = new HostStatus("hv01", "test", good.snapshot(), T0.plusSeconds(30), T0,
                "connection refused", CimException.Kind.UNREACHABLE, 2, T0.plusSeconds(60));

        Exposition metrics = render(List.of(failing), Set.of("hv01"), Map.of());

        assertThat(metrics.find("hyperv_vm_info")).hasSize(3);
        assertThat(metrics.value("hvmon_collection_success", "host", "hv01")).isZero();
        assertThat(metrics.value("hvmon_collection_stale", "host", "hv01")).isEqualTo(1);
        assertThat(metrics.value("hvmon_collection_consecutive_failures", "host", "hv01")).isEqualTo(2);
        assertThat(metrics.value("hvmon_collection_last_success_timestamp_seconds")).isEqualTo(T0.getEpochSecond());
        assertThat(metrics.value("hvmon_collection_last_attempt_timestamp_seconds"))
                .isEqualTo(T0.getEpochSecond() + 30);
    }

    @Test
    void aHostNeverCollectedHasItsCollectionSeriesOnly() {
        HostStatus waiting = new HostStatus("hv02", "test", null, T0, null, "timed out", CimException.Kind.TIMEOUT, 1,
                T0.plusSeconds(30));

        Exposition metrics = render(List.of(MetricsFixtures.collected(), waiting), Set.of(), Map.of());

        assertThat(metrics.value("hvmon_collection_success", "host", "hv01")).isEqualTo(1);
        assertThat(metrics.value("hvmon_collection_success", "host", "hv02")).isZero();
        assertThat(metrics.value("hvmon_collection_stale", "host", "hv02")).isZero();
        assertThat(metrics.find("hvmon_collection_last_success_timestamp_seconds", "host", "hv02")).isEmpty();
        assertThat(metrics.samples()).filteredOn(s -> "hv02".equals(s.labels().get("host")))
                .allSatisfy(s -> assertThat(s.name()).startsWith("hvmon_collection_"));
        assertThat(metrics.value("hvmon_collection_queries", "host", "hv01")).isEqualTo(8);
        assertThat(metrics.value("hvmon_collection_duration_seconds", "host", "hv01")).isEqualTo(0.25);
        assertThat(metrics.value("hvmon_collection_failed_queries", "host", "hv01")).isZero();
    }

    @Test
    void wsManTrafficIsCountedForTheHostsReadOverWsMan() {
        HostStatus remote = MetricsFixtures.collected();
        HostStatus local = MetricsFixtures.collected("agent", MetricsFixtures.snapshot("agent", List.of()));

        Exposition metrics = render(List.of(remote, local), Set.of(),
                Map.of("hv01", new WireCounts(16, 30_000, 400_000)));

        assertThat(metrics.value("hvmon_wsman_requests_total", "host", "hv01")).isEqualTo(16);
        assertThat(metrics.value("hvmon_wsman_sent_bytes_total", "host", "hv01")).isEqualTo(30_000);
        assertThat(metrics.value("hvmon_wsman_received_bytes_total", "host", "hv01")).isEqualTo(400_000);
        assertThat(metrics.find("hvmon_wsman_requests_total", "host", "agent")).isEmpty();
    }

    @Test
    void hvmonDescribesItselfAndItsProcess() {
        Exposition metrics = oneHost();

        assertThat(metrics.find("hvmon_build_info").getFirst().labels()).containsEntry("version", "1.2.3")
                .containsKey("java_version");
        assertThat(metrics.value("hvmon_process_cpu_seconds_total")).isEqualTo(12.5);
        assertThat(metrics.value("hvmon_process_resident_memory_bytes")).isEqualTo(90_000_000);
        assertThat(metrics.value("hvmon_process_start_time_seconds")).isEqualTo(T0.getEpochSecond() - 3600);
        assertThat(metrics.value("hvmon_jvm_heap_max_bytes")).isEqualTo(33_554_432);
    }

    @Test
    void aGuidListedTwiceOnAHostIsShownOnceAndTheSameGuidOnTwoHostsTwice() {
        HostSnapshot twice = MetricsFixtures.snapshot("hv01", List.of(MetricsFixtures.sql(), MetricsFixtures.sql()));
        HostSnapshot replica = MetricsFixtures.snapshot("hv02", List.of(MetricsFixtures.sql()));

        Exposition metrics = render(List.of(MetricsFixtures.collected("hv01", twice),
                MetricsFixtures.collected("hv02", replica)), Set.of(), Map.of());

        assertThat(metrics.find("hyperv_vm_info", "vm_id", SQL)).extracting(s -> s.labels().get("host"))
                .containsExactlyInAnyOrder("hv01", "hv02");
    }

    @Test
    void bothFormatsCarryTheSameSamples() {
        MetricsInput input = new MetricsInput(List.of(MetricsFixtures.collected()), Set.of(),
                MetricsFixtures.self(Map.of("hv01", new WireCounts(1, 2, 3))));

        byte[] text = MetricsView.render(input, MetricsFormat.TEXT);
        byte[] openMetrics = MetricsView.render(input, MetricsFormat.OPENMETRICS);

        assertThat(new String(openMetrics)).endsWith("# EOF\n").contains("# TYPE hyperv_vm_state stateset")
                .contains("# TYPE hyperv_vm info").contains("# UNIT hyperv_vm_memory_assigned_bytes bytes");
        assertThat(new String(text)).contains("# TYPE hyperv_vm_state gauge").contains("# TYPE hyperv_vm_info gauge");
        assertThat(new HashSet<>(Exposition.parse(openMetrics).samples()))
                .isEqualTo(new HashSet<>(Exposition.parse(text).samples()));
    }
}
