package io.hvmon.app.notify;

import io.hvmon.app.config.WebhookConfig;
import io.hvmon.events.ChangeEvent;
import io.hvmon.events.EventListener;
import io.hvmon.model.DurationText;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.logging.Logger;

/**
 * Delivers one webhook's events at least once and in order: a bounded queue filled by the {@code EventLog} (never
 * waiting: when full, the oldest event is dropped and counted), emptied by one virtual thread that sends the oldest
 * event until it is taken, waiting longer after each failure ({@link Backoff}). Failures are logged when they start,
 * at most once a minute while they last, and when they end.
 */
final class WebhookDelivery implements EventListener {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class.getName());
    static final Duration LOG_EVERY = Duration.ofMinutes(1);

    private final String name;
    private final WebhookConfig config;
    private final WebhookSender sender;
    private final int limit;
    private final Backoff backoff;
    private final Clock clock;
    private final ArrayDeque<ChangeEvent> queue = new ArrayDeque<>();
    private Thread thread;
    private boolean closed;
    // Status, guarded by this.
    private long delivered;
    private long dropped;
    private int failures;
    private String lastError;
    private Instant lastDelivery;
    private Instant nextAttempt;
    private Instant failingSince;
    private Instant lastFailureLog;
    private long droppedSinceLog;

    WebhookDelivery(String name, WebhookConfig config, WebhookSender sender, int limit, Backoff backoff, Clock clock) {
        this.name = name;
        this.config = config;
        this.sender = sender;
        this.limit = limit;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Override
    public synchronized void accept(ChangeEvent event) {
        if (closed || !config.events().contains(event.type())) {
            return;
        }
        if (queue.size() == limit) {
            queue.removeFirst();
            dropped++;
            if (droppedSinceLog++ == 0) {
                LOG.warning(() -> name + ": " + limit + " events waiting; dropping the oldest to keep the newest"
                        + " (the count is in GET /hvm/notify)");
            }
        }
        queue.addLast(event);
        notifyAll();
    }

    synchronized void start() {
        thread = Thread.ofVirtual().name("hvmon-" + name.replaceAll("[^A-Za-z0-9]", "-")).start(this::run);
    }

    private void run() {
        try {
            while (true) {
                ChangeEvent next = awaitNext();
                if (next == null) {
                    return;
                }
                String error = sender.send(next);
                if (!recorded(next, error)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping
        }
    }

    /** The oldest event once it is due (the backoff has passed); null when closed. */
    private synchronized ChangeEvent awaitNext() throws InterruptedException {
        while (!closed) {
            Instant now = clock.instant();
            if (!queue.isEmpty() && (nextAttempt == null || !now.isBefore(nextAttempt))) {
                return queue.peekFirst();
            }
            long waitMs = queue.isEmpty() || nextAttempt == null ? 0
                    : Math.max(1, Duration.between(now, nextAttempt).toMillis());
            wait(waitMs);
        }
        return null;
    }

    /** Records one attempt; false when closed meanwhile. */
    private synchronized boolean recorded(ChangeEvent event, String error) {
        Instant now = clock.instant();
        if (error == null) {
            if (queue.peekFirst() == event) { // unless dropped meanwhile, as the oldest of a full queue
                queue.removeFirst();
            }
            delivered++;
            lastDelivery = now;
            if (failures > 0) {
                int failed = failures;
                Instant since = failingSince;
                LOG.info(() -> name + ": delivering again after " + failed + (failed == 1 ? " failure" : " failures")
                        + " (failing since " + io.hvmon.model.Timestamps.format(since) + ", "
                        + DurationText.of(Duration.between(since, now)) + ")");
            }
            failures = 0;
            failingSince = null;
            lastError = null;
            nextAttempt = null;
            droppedSinceLog = 0;
        } else {
            failures++;
            lastError = error;
            if (failingSince == null) {
                failingSince = now;
            }
            nextAttempt = now.plus(backoff.after(failures));
            if (lastFailureLog == null || failures == 1 || !now.isBefore(lastFailureLog.plus(LOG_EVERY))) {
                lastFailureLog = now;
                int failed = failures;
                String when = DurationText.of(backoff.after(failed));
                LOG.warning(() -> name + " (" + config.target() + "): event " + event.id() + " not delivered: " + error
                        + " (" + failed + (failed == 1 ? " failure" : " failures in a row") + ", " + queue.size()
                        + " waiting; next try in " + when + ")");
            }
        }
        return !closed;
    }

    synchronized WebhookStatus status() {
        return new WebhookStatus(name, config.target(), config.format().wireName(), queue.size(), delivered, dropped,
                failures, lastError, lastDelivery, failures > 0 ? nextAttempt : null);
    }

    /** Stops sending; undelivered events are lost with the process (they are in memory only). */
    void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            notifyAll();
            running = thread;
        }
        if (running != null) {
            running.interrupt();
        }
        sender.close();
    }
}
