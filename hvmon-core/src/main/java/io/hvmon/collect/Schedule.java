package io.hvmon.collect;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to poll: every {@code interval}; each poll given at most {@code timeout}; after failures, a jittered
 * exponential backoff (interval × 2^(failures-1), at most {@link #MAX_BACKOFF_FACTOR} intervals, ±20 %) so that a dead
 * host is not hammered and many hosts failing together do not retry in lockstep.
 */
public record Schedule(Duration interval, Duration timeout) {

    public static final int MAX_BACKOFF_FACTOR = 8;

    public Schedule {
        if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("interval and timeout must be positive: " + interval + ", " + timeout);
        }
    }

    /** The delay before the next poll, given how many polls in a row have failed (0 after a success). */
    public Duration delayAfter(int consecutiveFailures, RandomGenerator random) {
        if (consecutiveFailures <= 0) {
            return interval;
        }
        long factor = 1L << Math.min(consecutiveFailures - 1, Integer.numberOfTrailingZeros(MAX_BACKOFF_FACTOR));
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.round(interval.toMillis() * factor * jitter));
    }
}
