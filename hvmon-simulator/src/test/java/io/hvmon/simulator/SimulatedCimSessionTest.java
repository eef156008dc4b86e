package io.hvmon.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimReference;
import io.hvmon.simulator.fleet.SimulatedHost;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedCimSessionTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private final SimulatedHost host = Simulator.host("HV-NODE01", 24, 42, Clock.fixed(START, ZoneOffset.UTC));
    private final SimulatedCimSession session = Simulator.session(host);

    @Test
    void summaryInformationHasOneFullInstancePerVm() throws CimException {
        List<CimInstance> rows = session.query("root\\virtualization\\v2", "SELECT * FROM Msvm_SummaryInformation");
        assertThat(rows).hasSize(24).allSatisfy(row -> {
            assertThat(row.properties()).hasSize(45);
            assertThat(row.string("InstanceID")).isEqualTo("Microsoft:" + row.string("Name"));
            assertThat(row.string("HostComputerSystemName")).isEqualTo("HV-NODE01");
            assertThat(row.has("ThumbnailImage")).isTrue();
            assertThat(row.value("ThumbnailImage")).isNull();
            assertThat(row.string("VirtualSystemSubType")).matches("Microsoft:Hyper-V:SubType:[12]");
        });
        assertThat(rows).filteredOn(r -> r.integer("EnabledState") == 3)
                .allMatch(r -> r.integer("UpTime") == 0 && r.integer("ProcessorLoad") == 0 && r.integer("MemoryUsage") == 0
                        && r.string("GuestOperatingSystem") == null);
        assertThat(rows).filteredOn(r -> r.integer("ReplicationMode") != 0)
                .isNotEmpty().allMatch(r -> r.integers("ReplicationStateEx").get(0).equals(r.integer("ReplicationState"))
                        && r.integers("ReplicationHealthEx").get(0).equals(r.integer("ReplicationHealth")));
    }

    @Test
    void sameSeedGivesIdenticalInstancesAndADifferentSeedDoesNot() throws CimException {
        String wql = "SELECT * FROM Msvm_ComputerSystem";
        SimulatedCimSession twin = Simulator.session(Simulator.host("HV-NODE01", 24, 42, Clock.fixed(START, ZoneOffset.UTC)));
        SimulatedCimSession other = Simulator.session(Simulator.host("HV-NODE01", 24, 43, Clock.fixed(START, ZoneOffset.UTC)));
        assertThat(twin.query("root/virtualization/v2", wql)).isEqualTo(session.query("root/virtualization/v2", wql));
        assertThat(other.query("root/virtualization/v2", wql)).isNotEqualTo(session.query("root/virtualization/v2", wql));
    }

    @Test
    void hostAndVmsAreToldApartByName() throws CimException {
        List<CimInstance> systems = session.query("root/virtualization/v2", "SELECT * FROM Msvm_ComputerSystem");
        assertThat(systems).hasSize(25);
        CimInstance hostRow = systems.stream().filter(s -> s.string("Name").equals("HV-NODE01")).findFirst().orElseThrow();
        assertThat(hostRow.string("Description")).isEqualTo("Microsoft Hosting Computer System");
        assertThat(hostRow.value("InstallDate")).isNull();
        assertThat(hostRow.value("OnTimeInMilliseconds")).isNull();
        List<CimInstance> vms = systems.stream().filter(s -> !s.string("Name").equals("HV-NODE01")).toList();
        assertThat(vms).hasSize(24).allSatisfy(vm -> {
            assertThat(vm.string("Name")).matches("[0-9A-F-]{36}");
            assertThat(vm.value("InstanceID")).isNull();
            assertThat(vm.string("Description")).isEqualTo("Microsoft Virtual Machine");
            assertThat(vm.integer("RequestedState")).isEqualTo(5L);
        });
        assertThat(vms).filteredOn(vm -> vm.integer("ReplicationMode") == 0)
                .allMatch(vm -> vm.dateTime("LastReplicationTime").equals(OffsetDateTime.parse("1601-01-01T00:00Z")));
        assertThat(session.query("root/virtualization/v2",
                "SELECT Name FROM Msvm_ComputerSystem WHERE Description = 'Microsoft Virtual Machine'")).hasSize(24);
    }

    @Test
    void managementServiceIsTheVmmsSingleton() throws CimException {
        CimInstance vmms = session.query("root/virtualization/v2", "SELECT * FROM Msvm_VirtualSystemManagementService").get(0);
        assertThat(vmms.string("Name")).isEqualTo("vmms");
        assertThat(vmms.string("SystemName")).isEqualTo("HV-NODE01");
        assertThat(vmms.bool("Started")).isTrue();
        assertThat(vmms.integers("OperationalStatus")).containsExactly(2L);
    }

    @Test
    void valuesMoveWhenTheClockDoes() throws CimException {
        String wql = "SELECT Name, UpTime, ProcessorLoad FROM Msvm_SummaryInformation WHERE EnabledState = 2";
        List<CimInstance> before = session.query("root/virtualization/v2", wql);
        host.advanceTo(START.plusSeconds(3600));
        List<CimInstance> after = session.query("root/virtualization/v2", wql);
        assertThat(after).isNotEqualTo(before);
        assertThat(after).extracting(r -> r.integer("UpTime")).anyMatch(up -> up >= 3_600_000L);
    }

    @Test
    void getFindsInstancesByKeyCaseInsensitively() throws CimException {
        String guid = session.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation").get(0).string("Name");
        CimInstance summary = session.get(new CimReference("root/virtualization/v2", "Msvm_SummaryInformation",
                Map.of("instanceid", "microsoft:" + guid.toLowerCase())));
        assertThat(summary.string("Name")).isEqualTo(guid);
        CimInstance vm = session.get(new CimReference("root\\virtualization\\v2", "Msvm_ComputerSystem",
                Map.of("CreationClassName", "Msvm_ComputerSystem", "NAME", guid)));
        assertThat(vm.string("Name")).isEqualTo(guid);
        assertThatThrownBy(() -> session.get(new CimReference("root/virtualization/v2", "Msvm_ComputerSystem",
                Map.of("CreationClassName", "Msvm_ComputerSystem", "Name", "00000000-0000-0000-0000-000000000000"))))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.kind()).isEqualTo(CimException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> session.get(new CimReference("root/virtualization/v2", "Msvm_ComputerSystem",
                Map.of("Name", guid)))).hasMessageContaining("key 'CreationClassName'");
    }

    @Test
    void namespacesAndClassesAreCheckedAsWindowsChecksThem() {
        assertThatThrownBy(() -> session.query("root/nope", "SELECT * FROM Msvm_ComputerSystem"))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CimException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("invalid namespace 'root/nope'");
                });
        assertThatThrownBy(() -> session.query("root/cimv2", "SELECT * FROM Msvm_ComputerSystem"))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CimException.Kind.INVALID_QUERY);
                    assertThat(e.getMessage()).startsWith("cannot process filter: invalid class 'Msvm_ComputerSystem'")
                            .contains("it is in root/virtualization/v2");
                });
        assertThatThrownBy(() -> session.query("root/virtualization/v2", "SELECT * FROM Msvm_Nothing"))
                .hasMessageContaining("invalid class 'Msvm_Nothing' at position 15");
        assertThatThrownBy(() -> session.query("root/virtualization/v2", "SELECT * FROM Msvm_HeartbeatComponent"))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.kind()).isEqualTo(CimException.Kind.UNSUPPORTED));
    }

    @Test
    void unknownMethodsAreUnsupportedAndFailuresCanBeInjected() throws CimException {
        CimReference vmms = new CimReference("root/virtualization/v2", "Msvm_VirtualSystemManagementService", Map.of());
        assertThatThrownBy(() -> session.invoke(vmms, "DefineSystem", List.of()))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CimException.Kind.UNSUPPORTED);
                    assertThat(e.getMessage()).contains("DefineSystem").contains("GetSummaryInformation");
                });
        session.failNext(new CimException(CimException.Kind.TIMEOUT, "injected"));
        assertThatThrownBy(() -> session.query("root/virtualization/v2", "SELECT * FROM Msvm_ComputerSystem"))
                .hasMessage("injected");
        assertThat(session.query("root/virtualization/v2", "SELECT * FROM Msvm_ComputerSystem")).hasSize(25);
        assertThat(session.description()).isEqualTo("simulated host HV-NODE01 (24 VMs, seed 42)");
    }
}
