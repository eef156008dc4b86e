package io.hvmon.app.config;

import io.hvmon.events.LagBounds;

import java.time.Duration;

/**
 * config.json's {@code events}: how many change events are kept, how many clients may follow them, and the
 * replication lag bounds (both set, or neither: then each relationship's interval decides, see {@link LagBounds}).
 *
 * @param history            events kept in memory for replay and {@code ?format=json}, 0 - 100000
 * @param maxSubscribers     clients following {@code GET /hvm/events} at once
 * @param lagWarning         fixed warning bound, or null
 * @param lagCritical        fixed critical bound (longer than the warning), or null
 */
public record EventsConfig(int history, int maxSubscribers, Duration lagWarning, Duration lagCritical) {

    public static final int DEFAULT_HISTORY = 1000;
    public static final int MAX_HISTORY = 100_000;
    public static final int DEFAULT_MAX_SUBSCRIBERS = 32;
    public static final int MAX_SUBSCRIBERS = 10_000;
    public static final long MAX_LAG_SECONDS = 30L * 86_400;
    public static final EventsConfig DEFAULT = new EventsConfig(DEFAULT_HISTORY, DEFAULT_MAX_SUBSCRIBERS, null, null);

    public EventsConfig {
        if (history < 0 || history > MAX_HISTORY) {
            throw new IllegalArgumentException("history must be 0 to " + MAX_HISTORY + ", got " + history);
        }
        if (maxSubscribers < 1 || maxSubscribers > MAX_SUBSCRIBERS) {
            throw new IllegalArgumentException("maxSubscribers must be 1 to " + MAX_SUBSCRIBERS + ", got " + maxSubscribers);
        }
        if ((lagWarning == null) != (lagCritical == null)
                || lagWarning != null && lagCritical.compareTo(lagWarning) <= 0) {
            throw new IllegalArgumentException("lag bounds: both or neither, critical longer than warning");
        }
    }

    public LagBounds lagBounds() {
        return new LagBounds(lagWarning, lagCritical);
    }
}
