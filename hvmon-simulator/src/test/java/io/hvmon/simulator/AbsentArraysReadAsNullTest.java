package io.hvmon.simulator;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;
import io.hvmon.hyperv.HyperVReader;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmSummary;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.fleet.SimulationProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over WS-Man a NULL array property is absent from the instance; through COM it is present and NULL
 * ({@link CimInstance#has} tells them apart). The Hyper-V readers must build the same snapshot from either, also when
 * OperationalStatus itself is NULL.
 */
class AbsentArraysReadAsNullTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "Windows Server {0}")
    @ValueSource(strings = {"2019", "2012r2"})
    void absentAndNullArraysGiveTheSameSnapshot(String windows) throws CimException {
        SimulatedHost host = new SimulatedHost("HV-NODE01", 20, 7, CLOCK, SimulationProfile.of("en-US", windows));
        CimSession withNulls = new Rewritten(new SimulatedCimSession(host), false);
        CimSession withoutNulls = new Rewritten(new SimulatedCimSession(host), true);
        HostSnapshot a = new HyperVReader(CLOCK).read("HV-NODE01", withNulls);
        HostSnapshot b = new HyperVReader(CLOCK).read("HV-NODE01", withoutNulls);
        assertThat(a.failures()).isEmpty();
        assertThat(b.vms()).hasSize(20).isEqualTo(a.vms());
        assertThat(b.details()).isEqualTo(a.details());
        assertThat(b.host()).isEqualTo(a.host());
        // and the non-replicated VMs, whose ReplicationStateEx is NULL, really were read without it
        assertThat(b.vms()).filteredOn(vm -> vm.replicationMode() == 0).isNotEmpty()
                .allSatisfy(vm -> assertThat(vm.replicationStateEx()).isNull());
    }

    @ParameterizedTest(name = "dropped: {0}")
    @ValueSource(booleans = {false, true})
    void aNullOrMissingOperationalStatusReadsAsNull(boolean dropped) throws CimException {
        SimulatedHost host = new SimulatedHost("HV-NODE01", 5, 7, CLOCK);
        CimSession session = new Rewritten(new SimulatedCimSession(host), dropped, "OperationalStatus");
        HostSnapshot snapshot = new HyperVReader(CLOCK).read("HV-NODE01", session);
        assertThat(snapshot.failures()).isEmpty();
        assertThat(snapshot.vms()).hasSize(5).extracting(VmSummary::operationalStatus).containsOnlyNulls();
        assertThat(snapshot.host().operationalStatus()).isNull();
    }

    /**
     * A session whose instances have the named array properties set to NULL, and then (if {@code dropNullArrays})
     * every NULL array property removed, embedded instances included, as Windows renders them over WS-Man.
     */
    private record Rewritten(CimSession delegate, boolean dropNullArrays, String... nulled) implements CimSession {

        @Override
        public List<CimInstance> query(String namespace, String wql) throws CimException {
            return delegate.query(namespace, wql).stream().map(this::rewrite).toList();
        }

        @Override
        public CimInstance get(CimReference reference) throws CimException {
            return rewrite(delegate.get(reference));
        }

        @Override
        public CimInstance invoke(CimReference target, String method, List<CimProperty> in) throws CimException {
            return rewrite(delegate.invoke(target, method, in));
        }

        private CimInstance rewrite(CimInstance instance) {
            List<CimProperty> kept = new ArrayList<>();
            for (CimProperty p : instance.properties()) {
                CimProperty q = List.of(nulled).contains(p.name()) ? CimProperty.nullValue(p.name(), p.type(), p.array())
                        : p.value() instanceof List<?> list && p.type() == io.hvmon.cim.CimType.INSTANCE
                        ? CimProperty.array(p.name(), p.type(), list.stream().map(e -> e instanceof CimInstance i
                        ? rewrite(i) : e).toList()) : p;
                if (!(dropNullArrays && q.array() && q.value() == null)) {
                    kept.add(q);
                }
            }
            return new CimInstance(instance.className(), kept);
        }

        @Override
        public String description() {
            return "rewritten " + delegate.description();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
