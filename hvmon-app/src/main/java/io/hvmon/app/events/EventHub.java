package io.hvmon.app.events;

import io.hvmon.events.EventLog;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The SSE side of the {@link EventLog}: opens streams up to {@code maxSubscribers} at once, each with its own bounded
 * buffer, and ends them all when hvmon stops.
 */
public final class EventHub implements AutoCloseable {

    /** Events buffered per client before it counts as too slow (a burst of a whole fleet's changes fits). */
    public static final int SUBSCRIBER_BUFFER = 4096;
    public static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final EventLog log;
    private final int maxSubscribers;
    private final Semaphore permits;
    private final Duration keepAlive;
    private final int bufferSize;
    private final Set<Subscription> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public EventHub(EventLog log, int maxSubscribers) {
        this(log, maxSubscribers, KEEP_ALIVE, SUBSCRIBER_BUFFER);
    }

    EventHub(EventLog log, int maxSubscribers, Duration keepAlive, int bufferSize) {
        this.log = log;
        this.maxSubscribers = maxSubscribers;
        this.permits = new Semaphore(maxSubscribers);
        this.keepAlive = keepAlive;
        this.bufferSize = bufferSize;
    }

    public EventLog log() {
        return log;
    }

    public int maxSubscribers() {
        return maxSubscribers;
    }

    /** A stream of the events after {@code afterId} that match; empty when {@code maxSubscribers} are connected. */
    Optional<EventStream> open(EventFilter filter, long afterId) {
        if (closed || !permits.tryAcquire()) {
            return Optional.empty();
        }
        Subscription live = new Subscription(filter, bufferSize);
        open.add(live);
        EventLog.Backlog backlog = log.subscribe(afterId, live);
        return Optional.of(new EventStream(backlog, filter, live, keepAlive, () -> {
            log.unsubscribe(live);
            if (open.remove(live)) {
                permits.release();
            }
        }));
    }

    /** How many clients are connected now. */
    public int subscribers() {
        return open.size();
    }

    /** Ends every stream (each ends at once) and opens no more. */
    @Override
    public void close() {
        closed = true;
        open.forEach(Subscription::close);
    }
}
