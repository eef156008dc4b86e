package io.hvmon.hyperv;

import java.time.Duration;
import java.time.Instant;

/**
 * How often the slow-changing classes (settings, guest data, switches, the computer system) are re-read: on every
 * N-th cycle, and whenever the last full read is older than {@code maxAge} (so a long poll interval does not leave
 * them hours old). The first cycle is always full. Between full cycles their last values are carried over.
 *
 * @param everyNthCycle 1 reads everything every cycle
 * @param maxAge        the oldest slow data may get; {@link Duration#ZERO} also reads everything every cycle
 */
public record Cadence(int everyNthCycle, Duration maxAge) {

    /** Every 4th cycle (each minute at the default 15-second interval), at most 5 minutes apart. */
    public static final Cadence DEFAULT = new Cadence(4, Duration.ofMinutes(5));
    public static final Cadence EVERY_CYCLE = new Cadence(1, Duration.ZERO);

    public Cadence {
        if (everyNthCycle < 1) {
            throw new IllegalArgumentException("everyNthCycle must be 1 or more, not " + everyNthCycle);
        }
        if (maxAge == null || maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must be zero or positive");
        }
    }

    /**
     * @param cycle     how many cycles succeeded before this one (0 for the first)
     * @param lastFull  when the last full cycle started; null before the first
     */
    boolean isFull(long cycle, Instant lastFull, Instant now) {
        return lastFull == null || cycle % everyNthCycle == 0 || !now.isBefore(lastFull.plus(maxAge));
    }
}
