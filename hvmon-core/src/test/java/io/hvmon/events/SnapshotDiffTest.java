package io.hvmon.events;

import io.hvmon.model.Checkpoint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotDiffTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(15);
    private static final String A = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final String B = "7A000000-3B7D-4E2F-9A1C-0D4B8E7F6A52";
    private static final TestVm VM = TestVm.running(A, "SQL01");
    private final SnapshotDiff diff = new SnapshotDiff(LagBounds.FROM_INTERVAL);

    private List<Change> changes(TestVm before, TestVm after) {
        return diff.between(TestVm.snapshot(T0, before), TestVm.snapshot(T1, after));
    }

    private static Change change(EventType type, EventValue old, EventValue now) {
        return new Change("hv01", A, "SQL01", type, old, now);
    }

    @Test
    void identicalSnapshotsHaveNoChanges() {
        assertThat(changes(VM, VM)).isEmpty();
    }

    @Test
    void eachValueItsOwnType() {
        assertThat(changes(VM, VM.withState(3L, null))).containsExactly(
                change(EventType.VM_STATE, EventValue.of("Running", 2L), EventValue.of("Off", 3L)));
        assertThat(changes(VM, VM.withHealth(25L))).containsExactly(
                change(EventType.VM_HEALTH, EventValue.of("OK", 5L), EventValue.of("Critical Failure", 25L)));
        assertThat(changes(VM, VM.withHeartbeat(13L))).containsExactly(
                change(EventType.VM_HEARTBEAT, EventValue.of("OK", 2L), EventValue.of("Lost Communication", 13L)));
        assertThat(changes(VM, VM.withReplication(7L, 1L, 1L))).containsExactly(
                change(EventType.REPLICATION_STATE, EventValue.of("Replicating", 3L), EventValue.of("Suspended", 7L)));
        assertThat(changes(VM, VM.withReplication(3L, 3L, 1L))).containsExactly(
                change(EventType.REPLICATION_HEALTH, EventValue.of("Normal", 1L), EventValue.of("Critical", 3L)));
        assertThat(changes(VM, VM.withReplication(3L, 1L, 2L))).containsExactly(
                change(EventType.REPLICATION_MODE, EventValue.of("Primary", 1L), EventValue.of("Replica", 2L)));
    }

    @Test
    void severalChangesOfOneVmInTypeOrder() {
        assertThat(changes(VM, VM.withHeartbeat(12L).withState(3L, null)))
                .extracting(Change::type).containsExactly(EventType.VM_STATE, EventType.VM_HEARTBEAT);
    }

    @Test
    void unknownCodesAreNamedAsUnknown() {
        assertThat(changes(VM, VM.withState(77L, null))).containsExactly(
                change(EventType.VM_STATE, EventValue.of("Running", 2L), EventValue.of("unknown (77)", 77L)));
        assertThat(changes(VM.withHealth(99L), VM.withHealth(98L))).containsExactly(
                change(EventType.VM_HEALTH, EventValue.of("unknown (99)", 99L), EventValue.of("unknown (98)", 98L)));
    }

    @Test
    void aTransitionalStateReportedAsOtherIsResolved() {
        assertThat(changes(VM, VM.withState(1L, "Saving"))).containsExactly(
                change(EventType.VM_STATE, EventValue.of("Running", 2L), EventValue.of("Saving", 32773L)));
        assertThat(changes(VM.withState(32773L, null), VM.withState(1L, "Saving"))).as("the same state either way")
                .isEmpty();
    }

    @Test
    void nullIsNoChange() {
        assertThat(changes(VM, VM.withHealth(null))).isEmpty();
        assertThat(changes(VM.withHeartbeat(null), VM)).isEmpty();
    }

    @Test
    void vmsAddedAndRemoved() {
        TestVm other = TestVm.running(B, "WEB01").withState(3L, null);
        List<Change> changes = diff.between(TestVm.snapshot(T0, VM), TestVm.snapshot(T1, other));
        assertThat(changes).containsExactly(
                new Change("hv01", B, "WEB01", EventType.VM_ADDED, null, EventValue.of("Off", 3L)),
                new Change("hv01", A, "SQL01", EventType.VM_REMOVED, EventValue.of("Running", 2L), null));
    }

    @Test
    void vmIdsCompareIgnoringCase() {
        TestVm lower = new TestVm(A.toLowerCase(), "SQL01", 2L, null, 5L, 2L, 3L, 1L, 1L, Duration.ofMinutes(1),
                Duration.ofMinutes(5), List.of());
        assertThat(diff.between(TestVm.snapshot(T0, VM), TestVm.snapshot(T1, lower))).isEmpty();
    }

    @Test
    void lagEventsWhenTheLevelChanges() {
        Duration interval = Duration.ofMinutes(5);
        TestVm ok = VM.withLag(Duration.ofMinutes(4), interval);
        assertThat(changes(ok, VM.withLag(Duration.ofMinutes(9), interval))).as("below 2 intervals: still ok").isEmpty();
        assertThat(changes(ok, VM.withLag(Duration.ofMinutes(11), interval))).containsExactly(
                change(EventType.REPLICATION_LAG, EventValue.of("ok", 240L), EventValue.of("warning", 660L)));
        assertThat(changes(VM.withLag(Duration.ofMinutes(11), interval), VM.withLag(Duration.ofMinutes(21), interval)))
                .containsExactly(change(EventType.REPLICATION_LAG, EventValue.of("warning", 660L),
                        EventValue.of("critical", 1260L)));
        assertThat(changes(VM.withLag(Duration.ofMinutes(21), interval), ok)).containsExactly(
                change(EventType.REPLICATION_LAG, EventValue.of("critical", 1260L), EventValue.of("ok", 240L)));
        assertThat(changes(VM.withLag(null, interval), VM.withLag(Duration.ofHours(1), interval)))
                .as("never replicated before: nothing to compare").isEmpty();
    }

    @Test
    void fixedLagBoundsApplyToEveryRelationship() {
        SnapshotDiff fixed = new SnapshotDiff(new LagBounds(Duration.ofMinutes(1), Duration.ofMinutes(2)));
        TestVm ok = VM.withLag(Duration.ofSeconds(30), Duration.ofMinutes(5));
        TestVm late = VM.withLag(Duration.ofSeconds(90), Duration.ofMinutes(5));
        assertThat(fixed.between(TestVm.snapshot(T0, ok), TestVm.snapshot(T1, late))).extracting(Change::newValue)
                .containsExactly(EventValue.of("warning", 90L));
    }

    @Test
    void anUnknownIntervalIsJudgedAsFiveMinutes() {
        assertThat(LagBounds.FROM_INTERVAL.level(Duration.ofMinutes(11), null)).isEqualTo(LagLevel.WARNING);
        assertThat(LagBounds.FROM_INTERVAL.level(Duration.ofMinutes(9), null)).isEqualTo(LagLevel.OK);
        assertThat(LagBounds.FROM_INTERVAL.level(null, null)).isNull();
    }

    @Test
    void checkpointsCreatedAndRemovedByName() {
        Checkpoint first = new Checkpoint("C1", "SQL01 - before patch", null);
        Checkpoint second = new Checkpoint("C2", "SQL01 - after patch", null);
        assertThat(changes(VM.withCheckpoints(first), VM.withCheckpoints(first, second))).containsExactly(
                change(EventType.CHECKPOINT_CREATED, null, EventValue.words("SQL01 - after patch")));
        assertThat(changes(VM.withCheckpoints(first, second), VM.withCheckpoints(second))).containsExactly(
                change(EventType.CHECKPOINT_REMOVED, EventValue.words("SQL01 - before patch"), null));
        Checkpoint renamed = new Checkpoint("C1", "renamed", null);
        assertThat(changes(VM.withCheckpoints(first), VM.withCheckpoints(renamed))).as("same GUID").isEmpty();
    }
}
