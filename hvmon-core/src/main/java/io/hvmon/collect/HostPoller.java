package io.hvmon.collect;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimSession;
import io.hvmon.hyperv.HyperVReader;
import io.hvmon.model.DurationText;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.Timestamps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The poll loop of one host: poll, record, sleep until the next poll, again. A poll that exceeds the timeout is
 * abandoned (its session closed, which aborts blocked I/O) and recorded as a failure; the session is reopened next time.
 */
final class HostPoller {

    private static final Logger LOG = Logger.getLogger(HostPoller.class.getName());

    private final String name;
    private final CimSessionFactory sessions;
    private final HyperVReader reader;
    private final SnapshotStore store;
    private final Schedule schedule;
    private final Clock clock;
    private final Semaphore parallelism;
    private volatile boolean stopped;
    private final Object sessionLock = new Object();
    private CimSession session;
    private int consecutiveFailures;
    private Instant failingSince; // the first failed attempt of the current run of failures

    HostPoller(String name, CimSessionFactory sessions, HyperVReader reader, SnapshotStore store, Schedule schedule,
               Clock clock, Semaphore parallelism) {
        this.name = name;
        this.sessions = sessions;
        this.reader = reader;
        this.store = store;
        this.schedule = schedule;
        this.clock = clock;
        this.parallelism = parallelism;
    }

    void run() {
        while (!stopped) {
            try {
                parallelism.acquire();
                try {
                    pollOnce();
                } finally {
                    parallelism.release();
                }
                Thread.sleep(delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        closeSession();
    }

    void stop() {
        stopped = true;
    }

    /** One poll; records the outcome; true when it succeeded. */
    synchronized boolean pollOnce() {
        Instant attempt = clock.instant();
        try {
            HostSnapshot snapshot = pollWithTimeout();
            if (consecutiveFailures > 0) {
                logRecovery(attempt);
            }
            consecutiveFailures = 0;
            failingSince = null;
            store.recordSuccess(snapshot, attempt.plus(delay()));
            return true;
        } catch (CimException e) {
            if (stopped) {
                closeSession();
                return false; // interrupted because hvmon stops: not the host's failure, nothing to record or tell
            }
            if (consecutiveFailures == 0) {
                failingSince = attempt;
            }
            consecutiveFailures++;
            closeSession();
            store.recordFailure(name, attempt, e.kind(), e.getMessage(), attempt.plus(delay()));
            LOG.warning(() -> name + ": collection failed (" + consecutiveFailures + " in a row): " + e.getMessage());
            return false;
        }
    }

    /** The failures were warned about one by one; say when they end, so nobody has to infer it from silence. */
    private void logRecovery(Instant now) {
        int failures = consecutiveFailures;
        Instant since = failingSince;
        LOG.info(() -> name + ": collection recovered after " + failures + (failures == 1 ? " failure" : " failures")
                + " (failing since " + Timestamps.format(since) + ", "
                + DurationText.of(Duration.between(since, now)) + ")");
    }

    private Duration delay() {
        return schedule.delayAfter(consecutiveFailures, ThreadLocalRandom.current());
    }

    private HostSnapshot pollWithTimeout() throws CimException {
        // A thread of its own per poll, not a pool: a poll stuck in I/O that ignores interrupts must not hold up anyone.
        FutureTask<HostSnapshot> poll = new FutureTask<>(() -> reader.read(name, openSession()));
        Thread.ofVirtual().name("hvmon-read-" + name).start(poll);
        try {
            return poll.get(schedule.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            poll.cancel(true);
            closeSession();
            throw Collector.timeout(name, schedule.timeout());
        } catch (ExecutionException e) {
            throw asCimException(e.getCause());
        } catch (InterruptedException e) {
            poll.cancel(true);
            Thread.currentThread().interrupt();
            throw new CimException(CimException.Kind.TIMEOUT, "collection from " + name + " was interrupted");
        }
    }

    private CimException asCimException(Throwable cause) {
        if (cause instanceof CimException cim) {
            return cim;
        }
        // A bug or an unexpected answer must not kill the loop: report it as a protocol problem and keep polling.
        LOG.log(Level.WARNING, name + ": unexpected error while collecting", cause);
        return new CimException(CimException.Kind.PROTOCOL, "unexpected error while reading " + name + ": " + cause);
    }

    private CimSession openSession() throws CimException {
        synchronized (sessionLock) {
            if (session == null) {
                session = sessions.open();
            }
            return session;
        }
    }

    // Called from the polling thread while a stuck read may still use the session: closing it aborts the read.
    private void closeSession() {
        CimSession closing;
        synchronized (sessionLock) {
            closing = session;
            session = null;
        }
        if (closing != null) {
            try {
                closing.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, name + ": closing the session failed", e);
            }
        }
    }
}
