package io.hvmon.windows.wmi;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimException.Kind;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.hyperv.HyperVReader;
import io.hvmon.model.HostSnapshot;
import io.hvmon.simulator.SimulatedCimSession;
import io.hvmon.simulator.fleet.SimulatedHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The session's own logic against counting fakes: one COM thread, every object released, deadlines, reconnects. */
@Timeout(120)
class ComWmiSessionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    private static FakeCom fakeOf(int vms) {
        SimulatedHost host = new SimulatedHost("HV-NODE01", vms, 42, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"),
                ZoneOffset.UTC));
        return new FakeCom(new SimulatedCimSession(host));
    }

    private static ComWmiSession session(FakeCom com, Duration timeout) {
        return new ComWmiSession(com, timeout, "local WMI (fake COM)");
    }

    @Test
    void everyComObjectIsReleasedOverTenThousandPollsWithFailuresMixedIn() throws Exception {
        FakeCom com = fakeOf(1);
        HyperVReader reader = new HyperVReader(clock);
        ComWmiSession session = session(com, TIMEOUT);
        int failedPolls = 0;
        int sessions = 1;
        for (int poll = 1; poll <= 10_000; poll++) {
            if (poll % 97 == 0) {
                com.failNextBatch = WmiErrors.RPC_E_DISCONNECTED; // the WMI service restarted mid-poll
            } else if (poll % 89 == 0) {
                com.failNextBatch = WmiErrors.WBEM_E_PROVIDER_FAILURE;
            } else if (poll % 83 == 0) {
                com.tamper = badFirstRow(); // a value that cannot be converted, in the middle of a batch
            }
            try {
                reader.read("HV-NODE01", session);
            } catch (CimException e) {
                failedPolls++;
                session.close(); // what the collector does after a failed poll
                session = session(com, TIMEOUT);
                sessions++;
            } finally {
                com.tamper = java.util.function.Function.identity();
            }
        }
        session.close();
        assertThat(com.created.get()).as("objects handed out").isGreaterThan(10_000 * 8);
        assertThat(com.leaked()).as("objects never released").isZero();
        assertThat(com.doubleReleases.get()).as("objects released twice").isZero();
        assertThat(com.initialized.get()).isEqualTo(sessions).isEqualTo(com.uninitialized.get());
        assertThat(com.callsOffComThread.get()).isZero();
        assertThat(failedPolls).isPositive().isLessThan(sessions);
    }

    private static java.util.function.Function<WmiObject, WmiObject> badFirstRow() {
        return object -> {
            if (!object.className().equals("Msvm_SummaryInformation")) {
                return object;
            }
            List<WmiObject.Property> properties = new ArrayList<>(object.properties());
            properties.replaceAll(p -> p.name().equals("EnabledState")
                    ? new WmiObject.Property(p.name(), p.cimType(), Variant.bstr("not a number")) : p);
            return new WmiObject(object.className(), properties);
        };
    }

    @Test
    void everyCallRunsOnTheSessionsOwnComThreadWhateverThreadAsks() throws Exception {
        FakeCom com = fakeOf(3);
        try (ComWmiSession session = session(com, TIMEOUT)) {
            List<Thread> callers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                callers.add(Thread.ofVirtual().start(() -> {
                    try {
                        session.query(CimNamespaces.VIRTUALIZATION_V2, "SELECT Name FROM Msvm_ComputerSystem");
                    } catch (CimException e) {
                        throw new AssertionError(e);
                    }
                }));
            }
            for (Thread caller : callers) {
                caller.join();
            }
        }
        assertThat(com.callingThreads).singleElement().asString().startsWith("hvmon-com-");
        assertThat(com.callsOffComThread.get()).isZero();
        assertThat(com.initialized.get()).isEqualTo(1);
        assertThat(com.uninitialized.get()).isEqualTo(1);
        assertThat(com.connects.get()).as("one connection per namespace, reused").isEqualTo(1);
        assertThat(com.leaked()).isZero();
    }

    @Test
    void queriesGetAndInvokeAnswerAsTheSourceDoes() throws Exception {
        FakeCom com = fakeOf(5);
        try (ComWmiSession session = session(com, TIMEOUT)) {
            List<CimInstance> rows = session.query("root\\virtualization\\v2",
                    "SELECT Name, EnabledState, OperationalStatus FROM Msvm_SummaryInformation");
            assertThat(rows).hasSize(5).allSatisfy(r -> {
                assertThat(r.className()).isEqualTo("Msvm_SummaryInformation");
                assertThat(r.integer("EnabledState")).isNotNull();
                assertThat(r.integers("OperationalStatus")).isNotEmpty();
            });
            List<CimInstance> many = session.query("root/virtualization/v2", "SELECT * FROM Msvm_ComputerSystem");
            assertThat(many).hasSize(6);
        }
        assertThat(com.leaked()).isZero();
    }

    @Test
    void aProviderThatNeverAnswersCostsTheQueryItsDeadlineNotMore() {
        FakeCom com = fakeOf(1);
        com.providerSilent = true;
        try (ComWmiSession session = session(com, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> session.query("root/cimv2", "SELECT * FROM Win32_OperatingSystem"))
                    .isInstanceOfSatisfying(CimException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
                        assertThat(e.getMessage()).contains("did not finish").contains("Win32_OperatingSystem");
                    });
            com.providerSilent = false; // the enumerator was released: the next query starts afresh and works
            assertThat(com.leaked()).as("only the namespace connection is held").isEqualTo(1);
        }
        assertThat(com.leaked()).isZero();
    }

    @Test
    void aHungCallIsLeftBehindAndTheSessionRefusesWhatFollows() throws Exception {
        FakeCom com = fakeOf(1);
        CountDownLatch hung = new CountDownLatch(1);
        com.hangGetObject = hung;
        ComWmiSession session = session(com, Duration.ofMillis(300));
        CimException first = catchCim(() -> session.get(new io.hvmon.cim.CimReference("root/cimv2", "Win32_Service",
                java.util.Map.of("Name", "vmms"))));
        assertThat(first.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(first.getMessage()).contains("did not answer").contains("hung").contains("next poll");
        CimException second = catchCim(() -> session.query("root/cimv2", "SELECT * FROM Win32_OperatingSystem"));
        assertThat(second).isSameAs(first);
        FutureTask<Void> closing = new FutureTask<>(() -> {
            session.close();
            return null;
        });
        Thread.ofPlatform().start(closing);
        closing.get(); // close() never waits for the hung call
        hung.countDown(); // the provider finally answers: the COM thread cleans up behind it
        for (int i = 0; i < 500 && (com.leaked() > 0 || com.uninitialized.get() == 0); i++) {
            Thread.sleep(10);
        }
        assertThat(com.leaked()).isZero();
        assertThat(com.uninitialized.get()).isEqualTo(1);
    }

    @Test
    void aRestartedWmiServiceIsReconnectedOnTheNextCall() throws Exception {
        FakeCom com = fakeOf(2);
        try (ComWmiSession session = session(com, TIMEOUT)) {
            com.failNextBatch = WmiErrors.RPC_E_DISCONNECTED;
            CimException e = catchCim(() -> session.query("root/virtualization/v2", "SELECT Name FROM Msvm_ComputerSystem"));
            assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(com.leaked()).as("the dead connection is released at once").isZero();
            assertThat(session.query("root/virtualization/v2", "SELECT Name FROM Msvm_ComputerSystem")).hasSize(3);
            assertThat(com.connects.get()).isEqualTo(2);
        }
        assertThat(com.leaked()).isZero();
    }

    @Test
    void withoutHyperVThePollSaysSoInWords() {
        FakeCom com = fakeOf(1);
        com.connectFailures.put("root\\virtualization\\v2", WmiErrors.WBEM_E_INVALID_NAMESPACE);
        try (ComWmiSession session = session(com, TIMEOUT)) {
            CimException e = catchCim(() -> new HyperVReader(clock).read("RUNNER", session));
            assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
            assertThat(e.getMessage()).startsWith("Hyper-V is not installed on this machine (no root\\virtualization\\v2)")
                    .containsOnlyOnce("Hyper-V is not installed");
            // root/cimv2 still reads: the host's Windows facts are there, the Hyper-V ones are not
            assertThat(catchNothing(() -> session.query("root/cimv2", "SELECT Caption FROM Win32_OperatingSystem")))
                    .hasSize(1);
        }
        assertThat(com.leaked()).isZero();
    }

    @Test
    void methodWithoutInputParametersRefusesArguments() {
        FakeCom com = fakeOf(1);
        try (ComWmiSession session = session(com, TIMEOUT)) {
            CimException e = catchCim(() -> session.invoke(new io.hvmon.cim.CimReference("root/cimv2", "Win32_Service",
                    java.util.Map.of("Name", "vmms")), "StopService",
                    List.of(io.hvmon.cim.CimProperty.scalar("Force", io.hvmon.cim.CimType.BOOLEAN, true))));
            assertThat(e.kind()).isEqualTo(Kind.INVALID_QUERY);
            assertThat(e.getMessage()).contains("Win32_Service.StopService takes no input parameters");
        }
        assertThat(com.leaked()).isZero();
    }

    @Test
    void closedSessionsRefuseCalls() {
        FakeCom com = fakeOf(1);
        ComWmiSession session = session(com, TIMEOUT);
        session.close();
        session.close();
        assertThat(catchCim(() -> session.query("root/cimv2", "SELECT * FROM Win32_OperatingSystem")).getMessage())
                .contains("closed");
        assertThat(com.initialized.get()).isZero();
    }

    @FunctionalInterface
    private interface CimCall<T> {
        T call() throws CimException;
    }

    private static CimException catchCim(CimCall<?> call) {
        try {
            call.call();
        } catch (CimException e) {
            return e;
        }
        throw new AssertionError("expected a CimException");
    }

    private static <T> T catchNothing(CimCall<T> call) {
        try {
            return call.call();
        } catch (CimException e) {
            throw new AssertionError(e);
        }
    }
}
