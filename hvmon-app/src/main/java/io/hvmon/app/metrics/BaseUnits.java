package io.hvmon.app.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * WMI's units turned into Prometheus' base units: MB into bytes, percent into a ratio (1 = 100 %), milliseconds and
 * durations into seconds, times into Unix seconds. Null (WMI's NULL, or not known) stays null, so no series is made.
 */
final class BaseUnits {

    private static final double BYTES_PER_MB = 1024 * 1024;

    private BaseUnits() {
    }

    /** hvmon's MB are MiB, as Hyper-V's are. */
    static Double bytesFromMb(Long mb) {
        return mb == null ? null : mb * BYTES_PER_MB;
    }

    static Double ratioFromPercent(Long percent) {
        return percent == null ? null : percent / 100.0;
    }

    static Double secondsFromMillis(Long millis) {
        return millis == null ? null : millis / 1000.0;
    }

    static Double seconds(Duration duration) {
        return duration == null ? null : duration.getSeconds() + duration.getNano() / 1e9;
    }

    static Double unixSeconds(Instant at) {
        return at == null ? null : at.getEpochSecond() + at.getNano() / 1e9;
    }

    static Double unixSeconds(OffsetDateTime at) {
        return at == null ? null : unixSeconds(at.toInstant());
    }
}
