package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.model.Checkpoints;
import io.hvmon.model.GuestInfo;
import io.hvmon.model.HostComputer;
import io.hvmon.model.HostInfo;
import io.hvmon.model.HostOperatingSystem;
import io.hvmon.model.HostService;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.MemoryBalance;
import io.hvmon.model.Replication;
import io.hvmon.model.VirtualSwitch;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmSettings;
import io.hvmon.model.VmSummary;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.hvmon.hyperv.FakeHost.NOW;
import static io.hvmon.hyperv.FakeHost.vmId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HyperVReaderTest {

    private static final String VM1 = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final String VM2 = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private final MutableClock clock = new MutableClock(NOW.toInstant());
    private final HyperVReader reader = new HyperVReader(clock);

    @Test
    void aFullCycleReadsTheHostAndEveryVmDetail() throws CimException {
        FakeCimSession session = FakeHost.withVms(2);

        HostSnapshot snapshot = reader.read("hv01", session);

        assertThat(snapshot.failures()).isEmpty();
        assertThat(snapshot.queries()).isEqualTo(reader.queriesPerFullCycle()).isEqualTo(15);
        assertThat(session.queries).hasSize(15);
        HostInfo host = snapshot.host();
        assertThat(host.computerName()).isEqualTo("HV01");
        assertThat(host.computer()).isEqualTo(new HostComputer("HV01", "hv01", "corp.example", 64L, 262144L));
        assertThat(host.operatingSystem()).isEqualTo(new HostOperatingSystem("Microsoft Windows Server 2022 Datacenter",
                "10.0.20348", "20348", NOW.minusDays(3), Duration.ofDays(3), 262144L, 65536L));
        assertThat(host.hypervisorCpuPercent()).isEqualTo(23L);
        assertThat(host.memoryBalance()).isEqualTo(new MemoryBalance(65536L, 40L, 1));
        assertThat(host.managementService()).isEqualTo(new HostService("vmms", "HV01", true, 2L, null, 5L, List.of(2L)));
        assertThat(host.replicationService().name()).isEqualTo("replicasvc");
        assertThat(host.switches()).containsExactly(
                new VirtualSwitch("C08CB7B8-9B3C-408E-8E30-5E16A3AEB444", "External LAN", 5L, 2L, null));

        assertThat(snapshot.details()).containsOnlyKeys(vmId(0), vmId(1));
        VmDetails vm0 = snapshot.detailsOf(vmId(0).toLowerCase()).orElseThrow();
        assertThat(vm0.replication()).extracting(Replication::index).containsExactly(0, 1);
        Replication primary = vm0.relationship(0).orElseThrow();
        assertThat(primary.lag()).isEqualTo(Duration.ofMinutes(2));
        assertThat(primary.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(primary.primaryServer()).isEqualTo("hv01.corp.example");
        assertThat(primary.replicaServer()).isEqualTo("hv07");
        assertThat(primary.currentReplicaServer()).isEqualTo("hv07.corp.example");
        assertThat(primary.lastApplicationConsistentTime()).isNull();
        assertThat(primary.powerShellState()).as("Replicating").isEqualTo(4L);
        assertThat(primary.status()).isEqualTo("Normal: replicating, last replication 2 min ago (interval 5 min)");
        Replication extended = vm0.relationship(1).orElseThrow();
        assertThat(extended.interval()).as("no settings for relationship 1").isNull();
        assertThat(extended.status()).isEqualTo("Warning: last replication 47 min ago");
        assertThat(vm0.settings()).isEqualTo(new VmSettings(2L, "9.0", 4L, 4096L, false, null, null, null, "vm 0",
                NOW.minusDays(100)));
        assertThat(vm0.checkpoints()).usingRecursiveComparison().ignoringFields("items")
                .isEqualTo(new Checkpoints(1, NOW.minusDays(30), Duration.ofDays(30)));
        assertThat(vm0.checkpoints().items()).hasSize(1);
        assertThat(vm0.guest()).isEqualTo(new GuestInfo("vm0.corp.example", null, null, null, null, null));
        assertThat(vm0.health().heartbeatStatus()).as("OkApplicationsHealthy").isEqualTo(6L);
        assertThat(vm0.health().uptime()).isEqualTo(Duration.ofMillis(123456789L));
        assertThat(vm0.memory().demandMb()).as("no Dynamic Memory").isNull();

        VmDetails vm1 = snapshot.detailsOf(vmId(1)).orElseThrow();
        assertThat(vm1.replication()).isEmpty();
        assertThat(vm1.checkpoints()).isEqualTo(Checkpoints.NONE);
        assertThat(snapshot.readAt()).containsKeys("Msvm_SummaryInformation", "Msvm_KvpExchangeComponent", "Win32_ComputerSystem")
                .allSatisfy((what, at) -> assertThat(at).isEqualTo(NOW.toInstant()));
    }

    @Test
    void queryCountDoesNotGrowWithVms() throws CimException {
        for (int vms : new int[] {5, 500}) {
            FakeCimSession session = FakeHost.withVms(vms);
            HyperVReader fresh = new HyperVReader(clock, new Cadence(2, Duration.ofHours(1)));
            HostSnapshot full = fresh.read("hv01", session);
            HostSnapshot fast = fresh.read("hv01", session);
            assertThat(full.vms()).hasSize(vms);
            assertThat(full.details()).hasSize(vms);
            assertThat(full.queries()).isEqualTo(15);
            assertThat(fast.queries()).isEqualTo(reader.queriesPerFastCycle()).isEqualTo(8);
            assertThat(session.queries).hasSize(23);
        }
    }

    @Test
    void slowClassesAreReadEveryNthCycleAndCarriedOverInBetween() throws CimException {
        FakeCimSession session = FakeHost.withVms(3);
        HyperVReader cadenced = new HyperVReader(clock, new Cadence(4, Duration.ofHours(1)));
        Instant first = clock.instant();

        HostSnapshot cycle1 = cadenced.read("hv01", session);
        session.answer("Msvm_KvpExchangeComponent", List.of());      // the guest data changes on the host...
        session.answer("Msvm_ReplicationRelationship", List.of());   // ...and so does a fast class
        List<Integer> counts = new java.util.ArrayList<>();
        HostSnapshot cycle4 = null;
        for (int i = 2; i <= 4; i++) {
            clock.advance(Duration.ofSeconds(15));
            cycle4 = cadenced.read("hv01", session);
            counts.add(cycle4.queries());
        }
        assertThat(counts).containsExactly(8, 8, 8);
        assertThat(session.queries).filteredOn(q -> q.contains("Msvm_KvpExchangeComponent")).hasSize(1);
        assertThat(cycle4.detailsOf(vmId(0)).orElseThrow().guest()).as("carried over").isEqualTo(
                cycle1.detailsOf(vmId(0)).orElseThrow().guest());
        assertThat(cycle4.readAt().get("Msvm_KvpExchangeComponent")).isEqualTo(first);
        assertThat(cycle4.readAt().get("Msvm_SummaryInformation")).isEqualTo(first.plusSeconds(45));
        assertThat(cycle4.detailsOf(vmId(0)).orElseThrow().replication()).as("fast: re-read").isEmpty();
        assertThat(cycle4.detailsOf(vmId(0)).orElseThrow().checkpoints().oldestAge())
                .as("ages are derived each cycle from carried data").isEqualTo(Duration.ofDays(30).plusSeconds(45));

        clock.advance(Duration.ofSeconds(15));
        HostSnapshot cycle5 = cadenced.read("hv01", session);
        assertThat(cycle5.queries()).isEqualTo(15);
        assertThat(cycle5.detailsOf(vmId(0)).orElseThrow().guest()).isNull();
        assertThat(cycle5.readAt().get("Msvm_KvpExchangeComponent")).isEqualTo(first.plusSeconds(60));
    }

    @Test
    void slowDataOlderThanTheMaximumAgeIsRefreshedEarly() throws CimException {
        FakeCimSession session = FakeHost.withVms(1);
        HyperVReader cadenced = new HyperVReader(clock, new Cadence(100, Duration.ofMinutes(5)));
        cadenced.read("hv01", session);
        clock.advance(Duration.ofMinutes(4));
        assertThat(cadenced.read("hv01", session).queries()).isEqualTo(8);
        clock.advance(Duration.ofMinutes(1));
        assertThat(cadenced.read("hv01", session).queries()).isEqualTo(15);
    }

    @Test
    void oneClassFailingIsRecordedAndEverythingElseIsThere() throws CimException {
        FakeCimSession session = FakeHost.withVms(2)
                .fail("Msvm_ReplicationRelationship", new CimException(CimException.Kind.ACCESS_DENIED, "access denied"))
                .fail("Msvm_MemorySettingData", new CimException(CimException.Kind.TIMEOUT, "no answer in 5 s"));
        HyperVReader cadenced = new HyperVReader(clock, new Cadence(4, Duration.ofHours(1)));

        HostSnapshot snapshot = cadenced.read("hv01", session);

        assertThat(snapshot.complete()).isFalse();
        assertThat(snapshot.failures()).extracting(f -> f.what() + ": " + f.kind()).containsExactly(
                "Msvm_ReplicationRelationship: ACCESS_DENIED", "Msvm_MemorySettingData: TIMEOUT");
        VmDetails vm0 = snapshot.detailsOf(vmId(0)).orElseThrow();
        assertThat(vm0.replication()).isEmpty();
        assertThat(vm0.settings().startupMemoryMb()).isNull();
        assertThat(vm0.settings().virtualProcessors()).isEqualTo(4L);
        assertThat(vm0.guest()).isNotNull();
        assertThat(snapshot.host().switches()).hasSize(1);
        assertThat(snapshot.readAt()).doesNotContainKeys("Msvm_ReplicationRelationship", "Msvm_MemorySettingData");

        // Until the next full cycle the slow failure is repeated, not retried: the budget holds.
        session.answer("Msvm_MemorySettingData", List.of());
        clock.advance(Duration.ofSeconds(15));
        HostSnapshot next = cadenced.read("hv01", session);
        assertThat(next.queries()).isEqualTo(8);
        assertThat(next.failures()).extracting(f -> f.what()).containsExactly("Msvm_ReplicationRelationship", "Msvm_MemorySettingData");
    }

    @Test
    void aFailedRefreshKeepsTheOlderValueAndSaysSo() throws CimException {
        FakeCimSession session = FakeHost.withVms(1);
        HyperVReader everyCycle = new HyperVReader(clock, Cadence.EVERY_CYCLE);
        everyCycle.read("hv01", session);
        session.fail("Msvm_ProcessorSettingData", new CimException(CimException.Kind.TIMEOUT, "slow host"));
        clock.advance(Duration.ofSeconds(15));

        HostSnapshot snapshot = everyCycle.read("hv01", session);

        assertThat(snapshot.detailsOf(vmId(0)).orElseThrow().settings().virtualProcessors()).isEqualTo(4L);
        assertThat(snapshot.readAt().get("Msvm_ProcessorSettingData")).isEqualTo(NOW.toInstant());
        assertThat(snapshot.failures()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("slow host"));
    }

    @Test
    void hostParts() throws CimException {
        FakeCimSession session = FakeHost.withVms(1)
                .fail("Msvm_ComputerSystem", new CimException(CimException.Kind.ACCESS_DENIED, "access denied"))
                .fail("Win32_OperatingSystem", new CimException(CimException.Kind.INVALID_QUERY, "no cimv2"));

        HostSnapshot snapshot = reader.read("hv01", session);

        assertThat(snapshot.host().computerName()).isNull();
        assertThat(snapshot.host().operatingSystem()).isNull();
        assertThat(snapshot.host().computer().name()).isEqualTo("HV01");
        assertThat(snapshot.failures()).extracting(f -> f.what()).containsExactly("Msvm_ComputerSystem (host)", "Win32_OperatingSystem");
    }

    @Test
    void unreadableVmListFailsTheCycleAndLeavesTheStateAlone() {
        FakeCimSession session = FakeHost.withVms(1)
                .fail("Msvm_SummaryInformation", new CimException(CimException.Kind.TIMEOUT, "no answer"));
        assertThatThrownBy(() -> reader.read("hv01", session)).isInstanceOf(CimException.class).hasMessage("no answer");
        session.answer("Msvm_SummaryInformation", List.of(Instances.summary(vmId(0), "VM0", 0)));
        assertThat(catching(() -> reader.read("hv01", session).queries())).as("still the first, full cycle").isEqualTo(15);
    }

    @Test
    void asksOnlyForUsedPropertiesNeverTheThumbnail() throws CimException {
        FakeCimSession session = FakeHost.withVms(1);
        reader.read("hv01", session);
        assertThat(session.queries).filteredOn(q -> q.endsWith("FROM Msvm_SummaryInformation")).singleElement()
                .satisfies(q -> assertThat(q).startsWith("SELECT Name, ElementName, InstanceID, EnabledState")
                        .doesNotContain("*").doesNotContain("ThumbnailImage").doesNotContain("ProcessorLoadHistory"));
        assertThat(session.queries).noneMatch(q -> q.contains("*"));
    }

    @Test
    void rowsWhoseNameIsNoGuidAreNotVms() throws CimException {
        FakeCimSession session = FakeHost.withVms(0)
                .answer("Msvm_SummaryInformation", List.of(Instances.summary("HV01", "host?", 0), Instances.summary(VM1, "SQL01", 1)));
        HostSnapshot snapshot = reader.read("hv01", session);
        assertThat(snapshot.vms()).extracting(VmSummary::id).containsExactly(VM1);
        assertThat(snapshot.details()).containsOnlyKeys(VM1);
    }

    @Test
    void aVmWithoutAnyDetailRows() throws CimException {
        FakeCimSession session = FakeHost.withVms(1)
                .answer("Msvm_SummaryInformation", List.of(Instances.summary(VM2, "NEW01", 1)));

        VmDetails details = reader.read("hv01", session).detailsOf(VM2).orElseThrow();

        assertThat(details.vmId()).isEqualTo(VM2.toUpperCase());
        assertThat(details.replication()).isEmpty();
        assertThat(details.guest()).isNull();
        assertThat(details.settings()).isNull();
        assertThat(details.checkpoints()).isEqualTo(Checkpoints.NONE);
        assertThat(details.health()).isNotNull();
    }

    @Test
    void nullsStayNull() throws CimException {
        FakeCimSession session = FakeHost.withVms(0)
                .answer("Msvm_SummaryInformation", List.of(Instances.of("Msvm_SummaryInformation").str("Name", VM1)
                        .u16("EnabledState", null).u16s("OperationalStatus", null).build()));
        HostSnapshot snapshot = reader.read("hv01", session);
        VmSummary vm = snapshot.vms().getFirst();
        assertThat(vm.enabledState()).isNull();
        assertThat(vm.operationalStatus()).isNull();
        assertThat(vm.name()).isNull();
        assertThat(vm.isReplicated()).isFalse();
        VmDetails details = snapshot.detailsOf(VM1).orElseThrow();
        assertThat(details.memory().assignedMb()).isNull();
        assertThat(details.health().heartbeatStatus()).as("Unknown").isZero();
        assertThat(details.health().uptime()).isNull();
    }

    @Test
    void transitionalStatesAndLocalizedTextPassThroughUntouched() throws CimException {
        FakeCimSession session = FakeHost.withVms(0).answer("Msvm_SummaryInformation", List.of(
                Instances.of("Msvm_SummaryInformation").str("Name", VM1).str("EnabledState", "1")
                        .str("OtherEnabledState", "Saving").strs("StatusDescriptions", List.of("正常运行")).build()));

        VmSummary vm = reader.read("hv01", session).vms().getFirst();

        assertThat(vm.enabledState()).isEqualTo(1L);
        assertThat(io.hvmon.hyperv.values.EnabledState.resolve(vm.enabledState(), vm.otherEnabledState()))
                .contains(io.hvmon.hyperv.values.EnabledState.SAVING);
        assertThat(vm.statusDescriptions()).containsExactly("正常运行");
        // Only the OS caption is read, for display; no Hyper-V class is asked for its localized Caption or Description.
        assertThat(session.queries).as("localized text is never asked for, let alone filtered on")
                .filteredOn(q -> !q.endsWith("FROM Win32_OperatingSystem"))
                .noneMatch(q -> q.matches(".*[ ,](Caption|Description)[ ,].*"));
    }

    @Test
    void theFullCycleSendsExactlyTheQueriesOfQueriesMd() throws CimException {
        FakeCimSession session = FakeHost.withVms(3);
        reader.read("hv01", session);
        assertThat(session.queries).containsExactly(
                "SELECT Name, ElementName, EnabledState, HealthState, OperationalStatus, NumberOfNumaNodes FROM Msvm_ComputerSystem",
                "SELECT Name, SystemName, Started, EnabledState, OtherEnabledState, HealthState, OperationalStatus FROM Msvm_VirtualSystemManagementService",
                "SELECT Name, DNSHostName, Domain, NumberOfLogicalProcessors, TotalPhysicalMemory FROM Win32_ComputerSystem",
                "SELECT Name, ElementName, InstanceID, EnabledState, OtherEnabledState, AllocatedGPU, Shielded, GuestOperatingSystem, HealthState, Heartbeat, MemoryUsage, MemoryAvailable, AvailableMemoryBuffer, NumberOfProcessors, OperationalStatus, StatusDescriptions, ProcessorLoad, UpTime, ReplicationState, ReplicationHealth, ReplicationMode, ReplicationStateEx, ReplicationHealthEx, ApplicationHealth, IntegrationServicesVersionState, EnhancedSessionModeState, HostComputerSystemName, Version, VirtualSystemSubType, CreationTime, Notes FROM Msvm_SummaryInformation",
                "SELECT Name, SystemName, Started, EnabledState, OtherEnabledState, HealthState, OperationalStatus FROM Msvm_ReplicationService",
                "SELECT InstanceID, ReplicationState, ReplicationHealth, LastReplicationTime, LastApplyTime, LastApplicationConsistentReplicationTime, LastReplicationType FROM Msvm_ReplicationRelationship",
                "SELECT Caption, Version, BuildNumber, LastBootUpTime, TotalVisibleMemorySize, FreePhysicalMemory FROM Win32_OperatingSystem",
                "SELECT Name, PercentTotalRunTime FROM Win32_PerfFormattedData_HvStats_HyperVHypervisorLogicalProcessor WHERE Name = '_Total'",
                "SELECT Name, AvailableMemory, AveragePressure FROM Win32_PerfFormattedData_BalancerStats_HyperVDynamicMemoryBalancer",
                "SELECT InstanceID, ReplicationInterval, PrimaryConnectionPoint, PrimaryHostSystem, RecoveryConnectionPoint, RecoveryHostSystem FROM Msvm_ReplicationSettingData",
                "SELECT InstanceID, VirtualSystemIdentifier, VirtualSystemType, ElementName, CreationTime, Version, VirtualSystemSubType, Notes FROM Msvm_VirtualSystemSettingData",
                "SELECT InstanceID, VirtualQuantity, Reservation, Limit, DynamicMemoryEnabled, TargetMemoryBuffer FROM Msvm_MemorySettingData",
                "SELECT InstanceID, VirtualQuantity FROM Msvm_ProcessorSettingData",
                "SELECT SystemName, GuestIntrinsicExchangeItems FROM Msvm_KvpExchangeComponent",
                "SELECT Name, ElementName, HealthState, EnabledState, OperationalStatus FROM Msvm_VirtualEthernetSwitch");
    }

    private interface Read {
        int run() throws CimException;
    }

    private static int catching(Read read) {
        try {
            return read.run();
        } catch (CimException e) {
            throw new AssertionError(e);
        }
    }
}
