package io.hvmon.collect;

import io.hvmon.cim.CimException;
import io.hvmon.model.HostSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private final SnapshotStore store = new SnapshotStore();

    private static HostSnapshot snapshot(String host, Instant at) {
        return new HostSnapshot(host, at, Duration.ofMillis(5), 1, null, List.of(), List.of());
    }

    @Test
    void everyChangeOfAnyHostRaisesTheGeneration() {
        long start = store.generation();
        store.register("hv01", "test");
        store.register("hv02", "test");
        long registered = store.generation();
        assertThat(registered).isGreaterThan(start);

        store.recordSuccess(snapshot("HV01", T0), T0.plusSeconds(15));
        long collected = store.generation();
        assertThat(collected).isGreaterThan(registered);

        store.recordFailure("hv02", T0, CimException.Kind.TIMEOUT, "no answer", T0.plusSeconds(30));
        assertThat(store.generation()).isGreaterThan(collected);
    }

    @Test
    void readingHostsDoesNotChangeTheGeneration() {
        store.register("hv01", "test");
        store.recordSuccess(snapshot("hv01", T0), T0.plusSeconds(15));
        long generation = store.generation();

        store.hosts();
        store.host("hv01");
        store.snapshots();

        assertThat(store.generation()).isEqualTo(generation);
    }
}
