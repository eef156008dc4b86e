package io.hvmon.simulator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedHostTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    private static SimulatedHost host(long seed) {
        return new SimulatedHost("HV-NODE01", 24, seed, Clock.fixed(START, ZoneOffset.UTC));
    }

    @Test
    void sameSeedAndInstantsGiveTheSameVms() {
        SimulatedHost a = host(42);
        SimulatedHost b = host(42);
        a.advanceTo(START.plusSeconds(600));
        b.advanceTo(START.plusSeconds(600));
        assertThat(a.snapshot()).isEqualTo(b.snapshot());
        assertThat(host(43).snapshot().vms()).isNotEqualTo(host(42).snapshot().vms());
    }

    @Test
    void aHostHasAMixOfStatesAndReplication() {
        List<VmState> vms = host(42).snapshot().vms();
        assertThat(vms).hasSize(24);
        assertThat(vms).extracting(v -> v.profile().name()).doesNotHaveDuplicates();
        assertThat(vms).extracting(v -> v.profile().id())
                .allMatch(id -> id.matches("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}"));
        assertThat(vms).anyMatch(v -> v.power().enabledState() == Power.RUNNING);
        assertThat(vms).anyMatch(v -> v.power().enabledState() != Power.RUNNING);
        assertThat(vms).anyMatch(v -> v.replication().mode() == Replication.PRIMARY);
        assertThat(vms).filteredOn(v -> v.replication().mode() == Replication.REPLICA).isNotEmpty()
                .allMatch(v -> v.power().enabledState() == Power.OFF);
        assertThat(vms).filteredOn(v -> v.replication().mode() == 0)
                .allMatch(v -> v.replication().state() == 0 && v.replication().health() == 0);
    }

    @Test
    void everySmallHostHasAReplicaParticipant() {
        for (long seed = 0; seed < 50; seed++) {
            List<VmState> vms = new SimulatedHost("H", 3, seed, Clock.fixed(START, ZoneOffset.UTC)).snapshot().vms();
            assertThat(vms).anyMatch(v -> v.replication().enabled());
        }
    }

    @Test
    void vmsWithoutDynamicMemoryCarryTheSentinel() {
        List<VmState> vms = host(42).snapshot().vms();
        assertThat(vms).filteredOn(v -> !v.profile().dynamicMemory()).isNotEmpty()
                .allMatch(v -> v.load().memoryAvailable() == Load.NOT_AVAILABLE && v.load().memoryBuffer() == Load.NOT_AVAILABLE);
        assertThat(vms).filteredOn(v -> v.profile().dynamicMemory() && v.power().isExecuting()).isNotEmpty()
                .allMatch(v -> v.load().memoryAvailable() < 100);
    }

    @Test
    void uptimeGrowsAndLoadMovesAsTimePasses() {
        SimulatedHost h = host(42);
        HostState before = h.snapshot();
        h.advanceTo(START.plus(Duration.ofMinutes(30)));
        HostState after = h.snapshot();
        List<VmState> stillOn = after.vms().stream()
                .filter(v -> v.power().isOn() && v.power().onSince().equals(before.vms().get(v.profile().index()).power().onSince()))
                .toList();
        assertThat(stillOn).isNotEmpty().allSatisfy(v -> assertThat(v.upTimeMillis(after.now())
                - before.vms().get(v.profile().index()).upTimeMillis(before.now())).isEqualTo(1_800_000L));
        VmState runningAfter = after.vms().stream().filter(v -> v.power().enabledState() == Power.RUNNING
                && v.power().onSince().isBefore(START)).findFirst().orElseThrow();
        assertThat(after.vms()).extracting(v -> v.load().processorLoad())
                .isNotEqualTo(before.vms().stream().map(v -> v.load().processorLoad()).toList());
        assertThat(runningAfter.load().history()).hasSize(Load.HISTORY_SIZE);
    }

    @Test
    void transitionalStatesSettleAfterOneTick() {
        for (long seed = 0; seed < 20; seed++) {
            SimulatedHost h = host(seed);
            List<VmState> before = h.snapshot().vms();
            h.advanceTo(START.plus(SimulatedHost.TICK));
            List<VmState> after = h.snapshot().vms();
            for (int i = 0; i < before.size(); i++) {
                int from = before.get(i).power().enabledState();
                int to = after.get(i).power().enabledState();
                if (from == Power.STARTING) {
                    assertThat(to).isEqualTo(Power.RUNNING);
                } else if (from == Power.STOPPING) {
                    assertThat(to).isEqualTo(Power.OFF);
                } else if (from == Power.SAVING) {
                    assertThat(to).isEqualTo(Power.SAVED);
                }
            }
        }
    }

    @Test
    void replicationHealthChangesOverADay() {
        SimulatedHost h = host(42);
        List<Integer> healthBefore = h.snapshot().vms().stream().map(v -> v.replication().health()).toList();
        boolean changed = false;
        for (int hour = 1; hour <= 24 && !changed; hour++) {
            h.advanceTo(START.plus(Duration.ofHours(hour)));
            changed = !h.snapshot().vms().stream().map(v -> v.replication().health()).toList().equals(healthBefore);
        }
        assertThat(changed).isTrue();
    }

    @Test
    void fleetHostsReplicateInARing() {
        SimulatedFleet fleet = new SimulatedFleet(3, 12, 7, Clock.fixed(START, ZoneOffset.UTC));
        assertThat(fleet.hosts()).extracting(SimulatedHost::name).containsExactly("HV-NODE01", "HV-NODE02", "HV-NODE03");
        List<VmState> node2 = fleet.host("hv-node02").orElseThrow().snapshot().vms();
        assertThat(node2).filteredOn(v -> v.replication().mode() == Replication.PRIMARY)
                .allMatch(v -> v.replication().partnerHost().equals("HV-NODE03"));
        assertThat(node2).filteredOn(v -> v.replication().mode() == Replication.REPLICA)
                .allMatch(v -> v.replication().partnerHost().equals("HV-NODE01"));
        assertThat(fleet.hosts().get(0).snapshot().vms()).isNotEqualTo(fleet.hosts().get(1).snapshot().vms());
    }
}
