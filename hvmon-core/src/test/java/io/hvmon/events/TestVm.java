package io.hvmon.events;

import io.hvmon.model.Checkpoint;
import io.hvmon.model.Checkpoints;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.Replication;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A VM for event tests: the values events follow, changed one at a time with {@code with...}. */
record TestVm(String id, String name, Long state, String otherState, Long health, Long heartbeat, Long replicationState,
              Long replicationHealth, Long replicationMode, Duration lag, Duration interval,
              List<Checkpoint> checkpoints) {

    static TestVm running(String id, String name) {
        return new TestVm(id, name, 2L, null, 5L, 2L, 3L, 1L, 1L, Duration.ofMinutes(1), Duration.ofMinutes(5),
                List.of());
    }

    TestVm withState(Long code, String other) {
        return new TestVm(id, name, code, other, health, heartbeat, replicationState, replicationHealth,
                replicationMode, lag, interval, checkpoints);
    }

    TestVm withHealth(Long code) {
        return new TestVm(id, name, state, otherState, code, heartbeat, replicationState, replicationHealth,
                replicationMode, lag, interval, checkpoints);
    }

    TestVm withHeartbeat(Long code) {
        return new TestVm(id, name, state, otherState, health, code, replicationState, replicationHealth,
                replicationMode, lag, interval, checkpoints);
    }

    TestVm withReplication(Long stateCode, Long healthCode, Long modeCode) {
        return new TestVm(id, name, state, otherState, health, heartbeat, stateCode, healthCode, modeCode, lag,
                interval, checkpoints);
    }

    TestVm withLag(Duration newLag, Duration newInterval) {
        return new TestVm(id, name, state, otherState, health, heartbeat, replicationState, replicationHealth,
                replicationMode, newLag, newInterval, checkpoints);
    }

    TestVm withCheckpoints(Checkpoint... items) {
        return new TestVm(id, name, state, otherState, health, heartbeat, replicationState, replicationHealth,
                replicationMode, lag, interval, List.of(items));
    }

    VmSummary summary() {
        return new VmSummary(id, name, null, state, otherState, null, null, null, health, heartbeat, 1024L, null, null,
                2L, List.of(2L), List.of(), 3L, 1000L, replicationState, replicationHealth, replicationMode, List.of(),
                List.of(), 2L, 1L, null, "HV01", "10.0", null, null, null);
    }

    VmDetails details() {
        Replication primary = new Replication(Replication.PRIMARY, replicationState, 4L, replicationHealth, null, null,
                null, 1L, lag, interval, "hv01", "hv07", "hv07", "Normal");
        Checkpoints listed = new Checkpoints(checkpoints.size(), null, null, checkpoints);
        return new VmDetails(id, lag == null && replicationMode == 0 ? List.of() : List.of(primary), null, null, null,
                listed, null);
    }

    static HostSnapshot snapshot(Instant at, TestVm... vms) {
        Map<String, VmDetails> details = new LinkedHashMap<>();
        for (TestVm vm : vms) {
            details.put(vm.id(), vm.details());
        }
        return new HostSnapshot("hv01", at, Duration.ofMillis(5), 8, null,
                java.util.Arrays.stream(vms).map(TestVm::summary).toList(), details, Map.of(), List.of());
    }
}
