package io.hvmon.events;

import java.time.Duration;

/**
 * When replication lag (time since the last replication) becomes a warning and critical. Fixed bounds apply to every
 * relationship; without them each relationship's own interval decides: warning past 2 intervals, critical past 4
 * (one missed replication is normal jitter, two are not). A relationship whose interval is unknown is judged with
 * Hyper-V's default interval, 5 minutes.
 *
 * @param warning  fixed warning bound; null: 2 × the interval
 * @param critical fixed critical bound; null: 4 × the interval
 */
public record LagBounds(Duration warning, Duration critical) {

    public static final LagBounds FROM_INTERVAL = new LagBounds(null, null);
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    static final int WARNING_INTERVALS = 2;
    static final int CRITICAL_INTERVALS = 4;

    /** The level of this lag; null when there is no lag to judge (never replicated). */
    public LagLevel level(Duration lag, Duration interval) {
        if (lag == null) {
            return null;
        }
        Duration every = interval == null || interval.isZero() || interval.isNegative() ? DEFAULT_INTERVAL : interval;
        Duration warn = warning != null ? warning : every.multipliedBy(WARNING_INTERVALS);
        Duration crit = critical != null ? critical : every.multipliedBy(CRITICAL_INTERVALS);
        if (lag.compareTo(crit) > 0) {
            return LagLevel.CRITICAL;
        }
        return lag.compareTo(warn) > 0 ? LagLevel.WARNING : LagLevel.OK;
    }
}
