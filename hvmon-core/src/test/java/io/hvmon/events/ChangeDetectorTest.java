package io.hvmon.events;

import io.hvmon.cim.CimException;
import io.hvmon.collect.SnapshotStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeDetectorTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final String A = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final TestVm VM = TestVm.running(A, "SQL01");

    private final SnapshotStore store = new SnapshotStore();
    private final EventLog log = new EventLog(100);

    @BeforeEach
    void wire() {
        store.register("hv01", "test");
        store.addListener(new ChangeDetector(new SnapshotDiff(LagBounds.FROM_INTERVAL), log));
    }

    @Test
    void theFirstSnapshotIsTheBaseline() {
        store.recordSuccess(TestVm.snapshot(T0, VM), T0.plusSeconds(15));
        assertThat(log.after(0).events()).isEmpty();

        store.recordSuccess(TestVm.snapshot(T0.plusSeconds(15), VM.withState(3L, null)), T0.plusSeconds(30));
        ChangeEvent event = log.after(0).events().getFirst();
        assertThat(event.id()).isEqualTo(1);
        assertThat(event.time()).isEqualTo(T0.plusSeconds(15));
        assertThat(event.type()).isEqualTo(EventType.VM_STATE);
    }

    @Test
    void aFirstCollectionThatFailsIsAnUnreachableHostWithoutOldValue() {
        store.recordFailure("hv01", T0, CimException.Kind.UNREACHABLE, "connection refused", T0.plusSeconds(15));
        store.recordFailure("hv01", T0.plusSeconds(15), CimException.Kind.UNREACHABLE, "connection refused", T0);
        assertThat(log.after(0).events()).singleElement().satisfies(event -> {
            assertThat(event.change()).isEqualTo(new Change("hv01", null, null, EventType.HOST_UNREACHABLE, null,
                    EventValue.words("connection refused")));
            assertThat(event.time()).isEqualTo(T0);
        });
    }

    @Test
    void unreachableOnceThenRecoveredWithWhatChangedMeanwhile() {
        store.recordSuccess(TestVm.snapshot(T0, VM), T0.plusSeconds(15));
        store.recordFailure("hv01", T0.plusSeconds(15), CimException.Kind.TIMEOUT, "no answer", T0);
        store.recordFailure("hv01", T0.plusSeconds(30), CimException.Kind.TIMEOUT, "no answer", T0);
        store.recordSuccess(TestVm.snapshot(T0.plusSeconds(45), VM.withHealth(20L)), T0.plusSeconds(60));

        assertThat(log.after(0).events()).extracting(ChangeEvent::change).containsExactly(
                new Change("hv01", null, null, EventType.HOST_UNREACHABLE, EventValue.words("reachable"),
                        EventValue.words("no answer")),
                new Change("hv01", null, null, EventType.HOST_RECOVERED, EventValue.of("no answer", 2L),
                        EventValue.words("reachable")),
                new Change("hv01", A, "SQL01", EventType.VM_HEALTH, EventValue.of("OK", 5L),
                        EventValue.of("Major Failure", 20L)));
        assertThat(log.after(0).events()).extracting(ChangeEvent::id).containsExactly(1L, 2L, 3L);
    }
}
