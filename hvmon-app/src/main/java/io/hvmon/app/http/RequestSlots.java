package io.hvmon.app.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests are answered at the same time. Requests run on virtual threads, so one that finds every slot
 * taken simply waits its turn (a parked virtual thread costs about a kilobyte); only one that waited
 * {@link #MAX_WAIT} gets a 503. The queue needs no bound of its own: an HTTP/1.1 connection carries one request at
 * a time, so at most as many wait as there are connections, which {@link ConnectionLimits} bounds.
 */
final class RequestSlots {

    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final Semaphore slots;
    private final int size;
    private final Duration maxWait;

    RequestSlots(int size, Duration maxWait) {
        this.slots = new Semaphore(size, true);
        this.size = size;
        this.maxWait = maxWait;
    }

    /** Takes a slot, waiting at most the maximum; false when none came free (or the thread was interrupted). */
    boolean enter() {
        if (slots.tryAcquire()) {
            return true;
        }
        try {
            return slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave() {
        slots.release();
    }

    int size() {
        return size;
    }

    Duration maxWait() {
        return maxWait;
    }
}
