package io.hvmon.simulator.instances;

import static io.hvmon.simulator.instances.SimulatedHosts.GUID;
import static io.hvmon.simulator.instances.SimulatedHosts.NEVER;
import static io.hvmon.simulator.instances.SimulatedHosts.START;
import static io.hvmon.simulator.instances.SimulatedHosts.V2;
import static io.hvmon.simulator.instances.SimulatedHosts.all;
import static io.hvmon.simulator.instances.SimulatedHosts.guidIn;
import static io.hvmon.simulator.instances.SimulatedHosts.host;
import static io.hvmon.simulator.instances.SimulatedHosts.query;
import static io.hvmon.simulator.instances.SimulatedHosts.summaries;
import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimInstance;
import io.hvmon.simulator.fleet.Replication;
import io.hvmon.simulator.fleet.SimulatedHost;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReplicationClassesTest {

    private final SimulatedHost host = host(24);

    @Test
    void oneRelationshipPerReplicatedVmPlusExtendedOnes() {
        List<CimInstance> relationships = all(host, "Msvm_ReplicationRelationship");
        long replicated = host.snapshot().vms().stream().filter(v -> v.replication().hasRelationship()).count();
        long extended = host.snapshot().vms().stream().filter(v -> v.replication().extended() != null).count();
        assertThat(replicated).isPositive();
        assertThat(extended).isPositive();
        assertThat(relationships).hasSize((int) (replicated + extended)).allSatisfy(r -> {
            assertThat(r.string("InstanceID")).matches("Microsoft:" + GUID + "\\\\HVR\\\\[01]");
            assertThat(r.string("Name")).isEmpty();
            assertThat(r.properties()).hasSize(21);
        });
        assertThat(relationships).filteredOn(r -> r.string("InstanceID").endsWith("\\HVR\\1")).hasSize((int) extended);
    }

    @Test
    void relationshipsAgreeWithTheSummaryOfTheirVm() {
        Map<String, CimInstance> summaries = summaries(host);
        for (CimInstance r : all(host, "Msvm_ReplicationRelationship")) {
            CimInstance summary = summaries.get(guidIn(r.string("InstanceID")));
            assertThat(summary).as("VM of %s", r.string("InstanceID")).isNotNull();
            int index = r.string("InstanceID").endsWith("\\1") ? 1 : 0;
            assertThat(summary.integer("ReplicationMode")).isNotEqualTo(0L);
            assertThat(r.integer("ReplicationState")).isEqualTo(summary.integers("ReplicationStateEx").get(index));
            assertThat(r.integer("ReplicationHealth")).isEqualTo(summary.integers("ReplicationHealthEx").get(index));
            assertThat(r.string("ElementName")).isEqualTo(summary.string("ElementName"));
            if (index == 0) {
                assertThat(r.integer("ReplicationHealth")).isEqualTo(summary.integer("ReplicationHealth"));
            }
        }
    }

    @Test
    void settingsMatchTheirRelationshipOneToOne() {
        Map<String, CimInstance> relationships = all(host, "Msvm_ReplicationRelationship").stream()
                .collect(Collectors.toMap(r -> r.string("InstanceID"), Function.identity()));
        List<CimInstance> settings = all(host, "Msvm_ReplicationSettingData");
        assertThat(settings).hasSize(relationships.size()).allSatisfy(s -> {
            assertThat(relationships).containsKey(s.string("InstanceID"));
            assertThat(s.string("VirtualSystemIdentifier")).isEqualTo(guidIn(s.string("InstanceID")));
            assertThat(s.string("VirtualSystemType")).isEqualTo("Microsoft:Hyper-V:Replica");
            assertThat(s.integer("ReplicationInterval")).isIn(30L, 300L, 900L);
            assertThat(s.integer("AuthenticationType")).isIn(1L, 2L);
            assertThat(s.string("PrimaryHostSystem")).endsWith(".corp.example.test");
            assertThat(s.string("RecoveryHostSystem")).endsWith(".corp.example.test").isNotEqualTo(s.string("PrimaryHostSystem"));
            assertThat(s.string("RecoveryConnectionPoint")).isEqualTo(s.string("RecoveryHostSystem"));
            assertThat(s.interval("AutoResynchronizeIntervalStart")).isEqualTo(Duration.parse("PT18H30M"));
            assertThat(s.interval("AutoResynchronizeIntervalEnd")).isEqualTo(Duration.ofHours(6));
        });
        Map<String, Long> modes = summaries(host).values().stream()
                .collect(Collectors.toMap(v -> v.string("Name"), v -> v.integer("ReplicationMode")));
        assertThat(settings).filteredOn(s -> s.string("InstanceID").endsWith("\\0")).allSatisfy(s -> {
            boolean primary = modes.get(s.string("VirtualSystemIdentifier")) == Replication.PRIMARY;
            String local = primary ? s.string("PrimaryHostSystem") : s.string("RecoveryHostSystem");
            assertThat(local).isEqualTo("HV-NODE01.corp.example.test");
        });
        assertThat(settings).filteredOn(s -> s.string("InstanceID").endsWith("\\1"))
                .isNotEmpty().allMatch(s -> s.string("PrimaryHostSystem").equals("HV-NODE01.corp.example.test"));
    }

    @Test
    void replicatingRelationshipsAdvanceAndStalledOnesLag() {
        SimulatedHost big = host(200);
        String wql = "SELECT InstanceID, ReplicationState, ReplicationHealth, LastReplicationTime FROM Msvm_ReplicationRelationship";
        Map<String, CimInstance> before = byId(query(big, V2, wql));
        assertThat(before.values()).allSatisfy(r -> assertThat(r.properties()).hasSize(4));
        big.advanceTo(START.plus(Duration.ofHours(1)));
        Map<String, CimInstance> after = byId(query(big, V2, wql));
        OffsetDateTime hourAgo = START.atOffset(java.time.ZoneOffset.UTC);
        List<CimInstance> healthyThroughout = after.values().stream()
                .filter(r -> r.integer("ReplicationState") == 3 && r.integer("ReplicationHealth") == 1
                        && before.get(r.string("InstanceID")).integer("ReplicationHealth") == 1)
                .toList();
        assertThat(healthyThroughout).isNotEmpty().allSatisfy(r ->
                assertThat(r.dateTime("LastReplicationTime")).isAfter(hourAgo));
        List<CimInstance> stalled = after.values().stream()
                .filter(r -> r.integer("ReplicationState") == 7 || r.integer("ReplicationState") == 8)
                .filter(r -> before.get(r.string("InstanceID")).integer("ReplicationState").equals(r.integer("ReplicationState")))
                .toList();
        assertThat(stalled).isNotEmpty().allSatisfy(r -> assertThat(r.dateTime("LastReplicationTime"))
                .isEqualTo(before.get(r.string("InstanceID")).dateTime("LastReplicationTime"))
                .isBefore(hourAgo));
    }

    @Test
    void warningRelationshipsAreSeveralIntervalsBehind() {
        SimulatedHost big = host(200);
        Map<String, CimInstance> settings = byId(all(big, "Msvm_ReplicationSettingData"));
        List<CimInstance> warnings = all(big, "Msvm_ReplicationRelationship").stream()
                .filter(r -> r.integer("ReplicationState") == 3 && r.integer("ReplicationHealth") == 2).toList();
        assertThat(warnings).isNotEmpty().allSatisfy(r -> {
            long interval = settings.get(r.string("InstanceID")).integer("ReplicationInterval");
            Duration lag = Duration.between(r.dateTime("LastReplicationTime").toInstant(), START);
            assertThat(lag).isGreaterThanOrEqualTo(Duration.ofSeconds(3 * interval));
        });
    }

    @Test
    void neverReplicatedRelationshipsCarryTheFiletimeEpoch() {
        List<CimInstance> waiting = all(host(200), "Msvm_ReplicationRelationship").stream()
                .filter(r -> r.integer("ReplicationState") == 2).toList();
        assertThat(waiting).isNotEmpty().allSatisfy(r -> {
            assertThat(r.dateTime("LastReplicationTime")).isEqualTo(NEVER);
            assertThat(r.dateTime("LastApplyTime")).isEqualTo(NEVER);
            assertThat(r.dateTime("LastApplicationConsistentReplicationTime")).isEqualTo(NEVER);
            assertThat(r.integer("LastReplicationType")).isZero();
        });
    }

    @Test
    void replicationServiceIsTheReplicasvcSingleton() {
        List<CimInstance> services = all(host, "Msvm_ReplicationService");
        assertThat(services).singleElement().satisfies(s -> {
            assertThat(s.string("Name")).isEqualTo("replicasvc");
            assertThat(s.integer("EnabledState")).isEqualTo(2L);
            assertThat(s.integer("HealthState")).isEqualTo(5L);
            assertThat(s.integers("OperationalStatus")).containsExactly(2L);
            assertThat(s.bool("Started")).isTrue();
            assertThat(s.string("SystemName")).isEqualTo("HV-NODE01");
        });
    }

    private static Map<String, CimInstance> byId(List<CimInstance> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.string("InstanceID"), Function.identity()));
    }
}
