package io.hvmon.collect;

import io.hvmon.cim.CimException;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class CollectorTest {

    private static final String VM = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private final SnapshotStore store = new SnapshotStore();
    private Collector collector;

    private Collector collector(Duration interval, Duration timeout) {
        collector = new Collector(store, new Schedule(interval, timeout), Clock.systemUTC(), 4);
        return collector;
    }

    @AfterEach
    void stop() {
        if (collector != null) {
            collector.close();
        }
    }

    private static FakeCimSession healthyHost() {
        return new FakeCimSession()
                .answer("Msvm_SummaryInformation", List.of(Instances.summary(VM, "SQL01", 1)))
                .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));
    }

    @Test
    void hostsAreListedBeforeTheirFirstCollection() {
        collector(Duration.ofSeconds(15), Duration.ofSeconds(5)).addHost("hv01", "fake", FakeCimSession::new);
        assertThat(store.ready()).isFalse();
        assertThat(store.host("HV01")).get().satisfies(s -> {
            assertThat(s.ready()).isFalse();
            assertThat(s.lastAttempt()).isNull();
        });
    }

    @Test
    void aSuccessfulCollectionIsStored() {
        collector(Duration.ofSeconds(15), Duration.ofSeconds(5)).addHost("hv01", "fake", CollectorTest::healthyHost);
        assertThat(collector.collectOnce()).isZero();
        HostStatus status = store.host("hv01").orElseThrow();
        assertThat(store.ready()).isTrue();
        assertThat(status.snapshot().vms()).hasSize(1);
        assertThat(status.lastError()).isNull();
        assertThat(status.stale(Instant.now(), Duration.ofSeconds(15), Duration.ofSeconds(5))).isFalse();
        assertThat(status.nextAttempt()).isAfter(status.lastAttempt());
    }

    @Test
    void afterAFailureTheLastGoodSnapshotStaysButIsStale() {
        FakeCimSession session = healthyHost();
        collector(Duration.ofSeconds(15), Duration.ofSeconds(5)).addHost("hv01", "fake", () -> session);
        collector.collectOnce();
        Instant goodAt = store.host("hv01").orElseThrow().lastSuccess();

        session.fail("Msvm_SummaryInformation", new CimException(CimException.Kind.UNREACHABLE, "connection refused"));
        assertThat(collector.collectOnce()).isEqualTo(1);

        HostStatus status = store.host("hv01").orElseThrow();
        assertThat(status.snapshot().vms()).hasSize(1);
        assertThat(status.lastSuccess()).isEqualTo(goodAt);
        assertThat(status.lastError()).isEqualTo("connection refused");
        assertThat(status.lastErrorKind()).isEqualTo(CimException.Kind.UNREACHABLE);
        assertThat(status.consecutiveFailures()).isEqualTo(1);
        assertThat(status.stale(Instant.now(), Duration.ofSeconds(15), Duration.ofSeconds(5))).isTrue();
    }

    /** The poll loops' log lines, as "LEVEL message", while open. */
    private static final class PollerLog extends Handler implements AutoCloseable {
        final List<String> lines = new CopyOnWriteArrayList<>();
        private final Logger logger = Logger.getLogger(HostPoller.class.getName());

        PollerLog() {
            logger.addHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + new SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }

    @Test
    void aRecoveryIsLoggedOnceWithHowLongTheHostFailed() {
        FakeCimSession session = healthyHost();
        collector(Duration.ofSeconds(15), Duration.ofSeconds(5)).addHost("hv02", "fake", () -> session);
        List<String> lines;
        Instant firstFailure;
        try (PollerLog log = new PollerLog()) {
            lines = log.lines;
            collector.collectOnce();
            assertThat(lines).as("a first success is no recovery").isEmpty();

            session.fail("Msvm_SummaryInformation", new CimException(CimException.Kind.UNREACHABLE, "connection refused"));
            firstFailure = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            for (int i = 0; i < 3; i++) {
                collector.collectOnce();
            }
            session.answer("Msvm_SummaryInformation", List.of(Instances.summary(VM, "SQL01", 1)));
            collector.collectOnce();
            collector.collectOnce();
        }

        assertThat(lines).filteredOn(line -> line.startsWith("WARNING ")).hasSize(3);
        assertThat(lines).filteredOn(line -> line.startsWith("INFO ")).singleElement().satisfies(line -> {
            assertThat(line).matches("INFO hv02: collection recovered after 3 failures \\(failing since"
                    + " \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z, \\d+ (ms|s)\\)");
            Instant since = Instant.parse(line.replaceAll(".*failing since (\\S+),.*", "$1"));
            assertThat(since).isBetween(firstFailure, Instant.now());
        });
        assertThat(lines.getLast()).startsWith("INFO "); // the recovery comes after the failures
    }

    @Test
    void aStopDuringAPollIsNoFailureOfTheHost() {
        FakeCimSession hanging = healthyHost().hang();
        collector(Duration.ofSeconds(15), Duration.ofSeconds(20)).addHost("hv01", "fake", () -> hanging);
        try (PollerLog log = new PollerLog()) {
            collector.start();
            awaitCondition(() -> !hanging.queries.isEmpty());
            collector.close(); // returns once the poll loops have ended
            assertThat(log.lines).isEmpty();
        }
        HostStatus status = store.host("hv01").orElseThrow();
        assertThat(status.consecutiveFailures()).isZero();
        assertThat(status.lastError()).isNull();
    }

    @Test
    void aSourceThatNeverWorksLeavesTheHostNotReadyWithItsError() {
        collector(Duration.ofSeconds(15), Duration.ofSeconds(5)).addHost("hv01", "fake", () -> {
            throw new CimException(CimException.Kind.AUTHENTICATION, "the user name or password was refused");
        });
        collector.collectOnce();
        collector.collectOnce();
        HostStatus status = store.host("hv01").orElseThrow();
        assertThat(status.ready()).isFalse();
        assertThat(status.consecutiveFailures()).isEqualTo(2);
        assertThat(status.lastError()).isEqualTo("the user name or password was refused");
    }

    @Test
    void aHangingHostTimesOutAndItsSessionIsClosedAndReopened() {
        AtomicInteger opened = new AtomicInteger();
        FakeCimSession hanging = healthyHost().hang();
        collector(Duration.ofSeconds(15), Duration.ofMillis(200)).addHost("hv01", "fake", () -> {
            opened.incrementAndGet();
            return hanging;
        });
        assertThat(collector.collectOnce()).isEqualTo(1);
        assertThat(store.host("hv01").orElseThrow().lastErrorKind()).isEqualTo(CimException.Kind.TIMEOUT);
        assertThat(store.host("hv01").orElseThrow().lastError()).contains("within 200 ms");
        assertThat(hanging.closed()).isTrue();

        hanging.release();
        collector.collectOnce();
        assertThat(opened).hasValue(2);
        assertThat(store.host("hv01").orElseThrow().ready()).isTrue();
    }

    @Test
    void readersNeverWaitOnACollectionInProgress() {
        FakeCimSession hanging = healthyHost().hang();
        collector(Duration.ofSeconds(15), Duration.ofSeconds(20)).addHost("hv01", "fake", () -> hanging);
        collector.start();
        awaitCondition(() -> !hanging.queries.isEmpty());

        // The poll is blocked inside the session; the store answers at once, with "not ready".
        assertThat(store.hosts()).singleElement().satisfies(s -> assertThat(s.ready()).isFalse());
        assertThat(store.ready()).isFalse();
        hanging.release();
        awaitCondition(store::ready);
    }

    @Test
    void aDeadHostDoesNotHoldUpTheOthers() {
        FakeCimSession dead = healthyHost().hang();
        collector(Duration.ofSeconds(15), Duration.ofSeconds(20));
        collector.addHost("dead", "fake", () -> dead);
        collector.addHost("alive", "fake", CollectorTest::healthyHost);
        collector.start();

        awaitCondition(() -> store.host("alive").orElseThrow().ready());
        assertThat(store.host("dead").orElseThrow().ready()).isFalse();
        dead.release();
    }

    @Test
    void backgroundPollingKeepsTheSnapshotFresh() {
        collector(Duration.ofMillis(100), Duration.ofSeconds(5)).addHost("hv01", "fake", CollectorTest::healthyHost);
        collector.start();
        awaitCondition(store::ready);
        Instant first = store.host("hv01").orElseThrow().lastSuccess();
        awaitCondition(() -> store.host("hv01").orElseThrow().lastSuccess().isAfter(first));
    }

    private static void awaitCondition(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
