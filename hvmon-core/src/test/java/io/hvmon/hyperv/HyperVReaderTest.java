package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmSummary;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HyperVReaderTest {

    private static final String VM1 = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final String VM2 = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private final HyperVReader reader = new HyperVReader(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void readsVmsAndHostWithTwoQueries() throws CimException {
        FakeCimSession session = new FakeCimSession()
                .answer("Msvm_SummaryInformation", List.of(Instances.summary(VM1, "SQL01", 1), Instances.summary(VM2, "WEB01", 0)))
                .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem(VM1), Instances.hostSystem("HV01")));

        HostSnapshot snapshot = reader.read("hv01", session);

        assertThat(snapshot.complete()).isTrue();
        assertThat(snapshot.vms()).extracting(VmSummary::name).containsExactly("SQL01", "WEB01");
        assertThat(snapshot.vms().get(1).id()).isEqualTo(VM2.toUpperCase());
        assertThat(snapshot.host().computerName()).isEqualTo("HV01");
        assertThat(session.queries).hasSize(reader.queriesPerCycle());
    }

    @Test
    void queryCountDoesNotGrowWithVms() throws CimException {
        List<io.hvmon.cim.CimInstance> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(Instances.summary(String.format("00000000-0000-4000-8000-%012d", i), "VM" + i, i % 3));
        }
        FakeCimSession session = new FakeCimSession().answer("Msvm_SummaryInformation", many)
                .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));

        assertThat(reader.read("hv01", session).vms()).hasSize(500);
        assertThat(session.queries).hasSize(reader.queriesPerCycle());
    }

    @Test
    void asksOnlyForUsedPropertiesNeverTheThumbnail() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));
        reader.read("hv01", session);
        String summaryQuery = session.queries.getFirst();
        assertThat(summaryQuery).startsWith("SELECT Name, ElementName, InstanceID, EnabledState")
                .endsWith("FROM Msvm_SummaryInformation")
                .doesNotContain("*").doesNotContain("ThumbnailImage").doesNotContain("ProcessorLoadHistory");
    }

    @Test
    void rowsWhoseNameIsNoGuidAreNotVms() throws CimException {
        FakeCimSession session = new FakeCimSession()
                .answer("Msvm_SummaryInformation", List.of(Instances.summary("HV01", "host?", 0), Instances.summary(VM1, "SQL01", 1)))
                .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));
        assertThat(reader.read("hv01", session).vms()).extracting(VmSummary::id).containsExactly(VM1);
    }

    @Test
    void hostFailureGivesAPartialSnapshotThatSaysWhatIsMissing() throws CimException {
        FakeCimSession session = new FakeCimSession()
                .answer("Msvm_SummaryInformation", List.of(Instances.summary(VM1, "SQL01", 1)))
                .fail("Msvm_ComputerSystem", new CimException(CimException.Kind.ACCESS_DENIED, "access denied"));

        HostSnapshot snapshot = reader.read("hv01", session);

        assertThat(snapshot.complete()).isFalse();
        assertThat(snapshot.host()).isNull();
        assertThat(snapshot.vms()).hasSize(1);
        assertThat(snapshot.failures()).singleElement().satisfies(f -> {
            assertThat(f.what()).isEqualTo("Msvm_ComputerSystem (host)");
            assertThat(f.kind()).isEqualTo(CimException.Kind.ACCESS_DENIED);
            assertThat(f.message()).isEqualTo("access denied");
        });
    }

    @Test
    void missingHostInstanceIsAFailureNotAnInventedHost() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Msvm_ComputerSystem", List.of(Instances.hostSystem(VM1)));
        HostSnapshot snapshot = reader.read("hv01", session);
        assertThat(snapshot.host()).isNull();
        assertThat(snapshot.failures()).singleElement().extracting(f -> f.kind()).isEqualTo(CimException.Kind.NOT_FOUND);
    }

    @Test
    void unreadableVmListFailsTheCycle() {
        FakeCimSession session = new FakeCimSession()
                .fail("Msvm_SummaryInformation", new CimException(CimException.Kind.INVALID_QUERY, "cannot process filter: invalid class"));
        assertThatThrownBy(() -> reader.read("hv01", session))
                .isInstanceOf(CimException.class).hasMessageContaining("invalid class");
    }

    @Test
    void nullsStayNull() throws CimException {
        FakeCimSession session = new FakeCimSession()
                .answer("Msvm_SummaryInformation", List.of(Instances.of("Msvm_SummaryInformation").str("Name", VM1)
                        .u16("EnabledState", null).u16s("OperationalStatus", null).build()))
                .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));
        VmSummary vm = reader.read("hv01", session).vms().getFirst();
        assertThat(vm.enabledState()).isNull();
        assertThat(vm.operationalStatus()).isNull();
        assertThat(vm.name()).isNull();
        assertThat(vm.isReplicated()).isFalse();
    }
}
