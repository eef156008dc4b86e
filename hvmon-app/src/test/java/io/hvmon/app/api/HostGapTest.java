package io.hvmon.app.api;

import io.hvmon.cim.CimException;
import io.hvmon.collect.HostStatus;
import io.hvmon.model.HostSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How /readyz words a host without fresh data, in each of the ways it can lack it. */
class HostGapTest {

    private static final Instant COLLECTED = Instant.parse("2026-11-30T10:00:00Z");
    private static final HostSnapshot SNAPSHOT = new HostSnapshot("hv01", COLLECTED, Duration.ofMillis(5), 8, null,
            List.of(), Map.of(), Map.of(), List.of());

    private static HostStatus status(HostSnapshot snapshot, String error, CimException.Kind kind) {
        return new HostStatus("hv01", "test", snapshot, COLLECTED, snapshot == null ? null : COLLECTED, error, kind,
                error == null ? 0 : 1, null);
    }

    @Test
    void neverCollectedAndNoAnswerYet() {
        assertThat(HostGap.of(status(null, null, null)).inWords()).isEqualTo("hv01: the first collection is under way");
    }

    @Test
    void neverCollectedWithTheLastError() {
        assertThat(HostGap.of(status(null, "connection refused", CimException.Kind.UNREACHABLE)).inWords())
                .isEqualTo("hv01: never collected; last error (unreachable): connection refused");
    }

    @Test
    void staleAfterAFailure() {
        assertThat(HostGap.of(status(SNAPSHOT, "no complete answer", CimException.Kind.TIMEOUT)).inWords())
                .isEqualTo("hv01: stale, last collected 2026-11-30T10:00:00.000Z; last error (timeout): no complete answer");
    }

    @Test
    void staleBecauseNoPollHasFinishedSince() {
        assertThat(HostGap.of(status(SNAPSHOT, null, null)).inWords())
                .isEqualTo("hv01: stale, last collected 2026-11-30T10:00:00.000Z and no poll has finished since");
    }
}
