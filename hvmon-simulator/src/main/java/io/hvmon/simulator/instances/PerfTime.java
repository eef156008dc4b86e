package io.hvmon.simulator.instances;

import io.hvmon.simulator.fleet.HostState;
import java.time.Duration;
import java.time.Instant;

/** The performance-counter timestamp: 100 ns units since 1601-01-01 (a FILETIME), as Timestamp_Sys100NS holds it. */
final class PerfTime {

    private static final Instant FILETIME_EPOCH = Instant.parse("1601-01-01T00:00:00Z");

    private PerfTime() {
    }

    static long sys100ns(HostState host) {
        Duration since = Duration.between(FILETIME_EPOCH, host.now());
        return since.getSeconds() * 10_000_000L + since.getNano() / 100;
    }
}
