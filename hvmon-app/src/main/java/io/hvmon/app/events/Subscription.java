package io.hvmon.app.events;

import io.hvmon.events.ChangeEvent;
import io.hvmon.events.EventListener;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live events of one SSE client, between the {@code EventLog} (which hands them over on a polling thread and must
 * never wait) and the client's stream. The buffer is bounded: a client too slow to keep up is overrun, its stream
 * ends, and it resumes from the history with {@code Last-Event-ID}.
 */
final class Subscription implements EventListener {

    /** Put in the buffer by {@link #close}, so that a stream waiting for an event wakes at once. */
    private static final ChangeEvent WAKE_UP = new ChangeEvent(0, java.time.Instant.EPOCH,
            new io.hvmon.events.Change("-", null, null, io.hvmon.events.EventType.HOST_RECOVERED, null, null));

    private final EventFilter filter;
    private final BlockingQueue<ChangeEvent> buffer;
    private volatile boolean overrun;
    private volatile boolean closed;

    Subscription(EventFilter filter, int bufferSize) {
        this.filter = filter;
        this.buffer = new ArrayBlockingQueue<>(bufferSize);
    }

    @Override
    public void accept(ChangeEvent event) {
        if (filter.matches(event) && !buffer.offer(event)) {
            overrun = true;
        }
    }

    /** The next event, or null after {@code wait} without one, or when the subscription is overrun or closed. */
    ChangeEvent next(Duration wait) throws InterruptedException {
        if (overrun || closed) {
            return null;
        }
        ChangeEvent next = buffer.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        return next == WAKE_UP ? null : next;
    }

    boolean overrun() {
        return overrun;
    }

    boolean closed() {
        return closed;
    }

    /** Ends the subscription; a stream waiting in {@link #next} wakes at once. */
    void close() {
        closed = true;
        buffer.offer(WAKE_UP); // when the buffer is full, next() does not wait anyway
    }
}
