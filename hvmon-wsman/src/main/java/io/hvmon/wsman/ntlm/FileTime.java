package io.hvmon.wsman.ntlm;

import java.time.Instant;

/** Windows FILETIME: 100-nanosecond ticks since 1601-01-01T00:00Z, as in MsvAvTimestamp. */
final class FileTime {

    /** Seconds from 1601-01-01 to 1970-01-01. */
    private static final long EPOCH_DIFFERENCE = 11_644_473_600L;

    private FileTime() {
    }

    static long of(Instant instant) {
        return (instant.getEpochSecond() + EPOCH_DIFFERENCE) * 10_000_000L + instant.getNano() / 100;
    }

    static long now() {
        return of(Instant.now());
    }
}
