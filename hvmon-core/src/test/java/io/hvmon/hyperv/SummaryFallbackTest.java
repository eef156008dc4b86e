package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmSummary;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.hvmon.hyperv.FakeHost.NOW;
import static io.hvmon.hyperv.FakeHost.vmId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Server 2012 R2: Msvm_SummaryInformation cannot be enumerated, vmms' GetSummaryInformation answers instead. */
class SummaryFallbackTest {

    private final MutableClock clock = new MutableClock(NOW.toInstant());
    private final HyperVReader reader = new HyperVReader(clock, new Cadence(1000, Duration.ofDays(1)));

    /** A 2012 R2 summary item as the method returns it: only requested properties, no InstanceID, values as text. */
    private static CimInstance item(String id, String name) {
        return Instances.of("Msvm_SummaryInformation").str("Name", id).str("ElementName", name)
                .str("CreationTime", "20240301080000.000000-000").str("NumberOfProcessors", "2")
                .str("EnabledState", "2").str("HealthState", "5").str("Heartbeat", "2").str("MemoryUsage", "2048")
                .str("MemoryAvailable", "25").str("UpTime", "60000").str("ReplicationMode", "1")
                .str("ReplicationState", "3").str("ReplicationHealth", "1").strs("OperationalStatus", List.of("2")).build();
    }

    private static CimInstance output(Object... items) {
        return Instances.of("__PARAMETERS").u32("ReturnValue", 0L)
                .instances("SummaryInformation", java.util.Arrays.stream(items).map(o -> (CimInstance) o).toList()).build();
    }

    private static FakeCimSession host2012r2(CimInstance output) {
        return FakeHost.withVms(0)
                .fail("Msvm_SummaryInformation", new CimException(CimException.Kind.INVALID_QUERY, "cannot process filter: invalid class"))
                .answerInvoke("GetSummaryInformation", output);
    }

    @Test
    void refusedEnumerationFallsBackToTheMethodWithCodesUpTo116() throws CimException {
        FakeCimSession session = host2012r2(output(item(vmId(1), "DC01"), item(vmId(2), "FS01")));

        HostSnapshot snapshot = reader.read("hv01", session);

        assertThat(snapshot.vms()).extracting(VmSummary::name).containsExactly("DC01", "FS01");
        FakeCimSession.Invocation call = session.invocations.getFirst();
        assertThat(call.method()).isEqualTo("GetSummaryInformation");
        assertThat(call.target().className()).isEqualTo("Msvm_VirtualSystemManagementService");
        assertThat(call.target().keys()).isEqualTo(Map.of("CreationClassName", "Msvm_VirtualSystemManagementService",
                "Name", "vmms", "SystemCreationClassName", "Msvm_ComputerSystem", "SystemName", "HV01"));
        CimProperty settingData = call.in().stream().filter(p -> p.name().equals("SettingData")).findFirst().orElseThrow();
        assertThat(settingData.isNull()).as("NULL: every VM").isTrue();
        @SuppressWarnings("unchecked")
        List<Long> codes = (List<Long>) call.in().stream().filter(p -> p.name().equals("RequestedInformation")).findFirst()
                .orElseThrow().value();
        assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(116L))
                .contains(0L, 1L, 100L, 103L, 104L, 105L, 109L, 112L, 114L, 115L, 116L);
        assertThat(snapshot.readAt()).containsKey(SummaryInformationMethod.WHAT).doesNotContainKey("Msvm_SummaryInformation");
        assertThat(snapshot.queries()).as("the enumeration attempt and the call").isEqualTo(16);

        VmSummary dc = snapshot.vms().getFirst();
        assertThat(dc.id()).isEqualTo(vmId(1));
        assertThat(dc.memoryUsageMb()).isEqualTo(2048L);
        assertThat(dc.creationTime()).as("a DMTF string").isEqualTo(OffsetDateTime.parse("2024-03-01T08:00:00Z"));
        assertThat(dc.applicationHealth()).as("above 116: never requested").isNull();
        assertThat(dc.integrationServicesVersionState()).isNull();
        assertThat(dc.replicationStateEx()).isNull();
        assertThat(snapshot.detailsOf(vmId(1)).orElseThrow().memory().demandMb()).isEqualTo(1536L);
    }

    @Test
    void theFallbackIsRememberedAndReCheckedHourly() throws CimException {
        FakeCimSession session = host2012r2(output(item(vmId(1), "DC01")));
        reader.read("hv01", session);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(15));
            assertThat(reader.read("hv01", session).queries()).isEqualTo(8);
        }
        assertThat(session.queries).filteredOn(q -> q.endsWith("FROM Msvm_SummaryInformation")).hasSize(1);
        assertThat(session.invocations).hasSize(4);

        clock.advance(SummarySource.RECHECK);
        session.answer("Msvm_SummaryInformation", List.of(Instances.summary(vmId(3), "UPGRADED", 0)));
        HostSnapshot upgraded = reader.read("hv01", session);
        assertThat(upgraded.vms()).extracting(VmSummary::name).containsExactly("UPGRADED");
        assertThat(session.invocations).hasSize(4);
        clock.advance(Duration.ofSeconds(15));
        reader.read("hv01", session);
        assertThat(session.invocations).as("back on enumeration for good").hasSize(4);
    }

    @Test
    void embeddedInstancesAsCimXmlTextAreAcceptedToo() throws CimException {
        String xml = "<INSTANCE CLASSNAME=\"Msvm_SummaryInformation\"><PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>"
                + vmId(4) + "</VALUE></PROPERTY><PROPERTY NAME=\"ElementName\" TYPE=\"string\"><VALUE>APP01</VALUE>"
                + "</PROPERTY><PROPERTY NAME=\"EnabledState\" TYPE=\"uint16\"><VALUE>3</VALUE></PROPERTY></INSTANCE>";
        CimInstance out = Instances.of("__PARAMETERS").str("ReturnValue", "0").strs("SummaryInformation", List.of(xml)).build();

        HostSnapshot snapshot = reader.read("hv01", host2012r2(out));

        assertThat(snapshot.vms()).singleElement().satisfies(vm -> {
            assertThat(vm.name()).isEqualTo("APP01");
            assertThat(vm.enabledState()).isEqualTo(3L);
        });
    }

    @Test
    void aFailingMethodFailsTheCycleWithBothReasons() {
        FakeCimSession session = host2012r2(Instances.of("__PARAMETERS").u32("ReturnValue", 32769L).build());
        assertThatThrownBy(() -> reader.read("hv01", session)).isInstanceOfSatisfying(CimException.class, e -> {
            assertThat(e.kind()).isEqualTo(CimException.Kind.ACCESS_DENIED);
            assertThat(e.getMessage()).contains("invalid class").contains("returned 32769 (access denied)");
        });
    }

    @Test
    void otherFailuresDoNotFallBack() {
        FakeCimSession session = FakeHost.withVms(0)
                .fail("Msvm_SummaryInformation", new CimException(CimException.Kind.ACCESS_DENIED, "access denied"));
        assertThatThrownBy(() -> reader.read("hv01", session)).hasMessage("access denied");
        assertThat(session.invocations).isEmpty();
    }

    @Test
    void theHostNameComesFromWin32WhenTheHyperVClassesDoNotSayIt() throws CimException {
        FakeCimSession session = host2012r2(output(item(vmId(1), "DC01")))
                .fail("Msvm_ComputerSystem", new CimException(CimException.Kind.TIMEOUT, "slow"))
                .answer("Msvm_VirtualSystemManagementService", List.of());
        reader.read("hv01", session);
        assertThat(session.invocations.getFirst().target().key("SystemName")).isEqualTo("HV01");

        FakeCimSession nameless = host2012r2(output()).answer("Win32_ComputerSystem", List.of())
                .answer("Msvm_ComputerSystem", List.of()).answer("Msvm_VirtualSystemManagementService", List.of());
        assertThatThrownBy(() -> new HyperVReader(clock).read("hv01", nameless))
                .hasMessageContaining("needs the host's computer name");
    }
}
