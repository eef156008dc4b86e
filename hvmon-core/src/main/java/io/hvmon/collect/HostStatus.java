package io.hvmon.collect;

import io.hvmon.cim.CimException;
import io.hvmon.model.HostSnapshot;

import java.time.Duration;
import java.time.Instant;

/**
 * What is known of one host right now: its latest good snapshot (if any) and how the latest attempts went.
 *
 * @param name                the host as configured
 * @param source              where its data comes from, in words (never a secret)
 * @param snapshot            the latest good snapshot; null until a first collection succeeds
 * @param lastAttempt         when the latest collection started; null before the first
 * @param lastSuccess         when the latest successful collection started; null before the first
 * @param lastError           the latest failure in plain words; null after a success
 * @param lastErrorKind       the kind of that failure; null after a success
 * @param consecutiveFailures failures since the latest success
 * @param nextAttempt         when the next collection is due; null when not scheduled
 */
public record HostStatus(String name, String source, HostSnapshot snapshot, Instant lastAttempt, Instant lastSuccess,
                         String lastError, CimException.Kind lastErrorKind, int consecutiveFailures,
                         Instant nextAttempt) {

    static HostStatus registered(String name, String source) {
        return new HostStatus(name, source, null, null, null, null, null, 0, null);
    }

    public boolean ready() {
        return snapshot != null;
    }

    /**
     * The snapshot is stale when the latest attempt failed, or when it is older than it should ever be (two intervals
     * and a timeout), which catches a stuck poll too.
     */
    public boolean stale(Instant now, Duration interval, Duration timeout) {
        if (snapshot == null) {
            return false;
        }
        return consecutiveFailures > 0
                || snapshot.collectedAt().plus(interval.multipliedBy(2)).plus(timeout).isBefore(now);
    }

    HostStatus succeeded(HostSnapshot newSnapshot, Instant next) {
        return new HostStatus(name, source, newSnapshot, newSnapshot.collectedAt(), newSnapshot.collectedAt(), null, null,
                0, next);
    }

    HostStatus failed(Instant attempt, CimException.Kind kind, String error, Instant next) {
        return new HostStatus(name, source, snapshot, attempt, lastSuccess, error, kind, consecutiveFailures + 1, next);
    }
}
