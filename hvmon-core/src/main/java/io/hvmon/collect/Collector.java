package io.hvmon.collect;

import io.hvmon.cim.CimException;
import io.hvmon.hyperv.HyperVReader;
import io.hvmon.model.DurationText;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Polls every host in the background, each on its own schedule, and records the outcome in the {@link SnapshotStore}.
 * At most {@code maxParallel} polls run at once; a slow or dead host only ever holds up its own loop.
 */
public final class Collector implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Collector.class.getName());
    /** How long {@link #close()} waits for the poll loops to end. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final SnapshotStore store;
    private final Schedule schedule;
    private final Clock clock;
    private final Semaphore parallelism;
    private final List<HostPoller> pollers = new ArrayList<>();
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("hvmon-poll-", 0).factory());
    private volatile boolean started;

    public Collector(SnapshotStore store, Schedule schedule, Clock clock, int maxParallel) {
        this.store = store;
        this.schedule = schedule;
        this.clock = clock;
        this.parallelism = new Semaphore(maxParallel);
    }

    /** Adds a host; it is listed in the store at once, as not ready. */
    public synchronized void addHost(String name, String source, CimSessionFactory sessions) {
        if (started) {
            throw new IllegalStateException("hosts are added before start()");
        }
        store.register(name, source);
        // A reader per host: it remembers that host's slow-changing data and whether it needs the 2012 R2 route.
        pollers.add(new HostPoller(name, sessions, new HyperVReader(clock), store, schedule, clock, parallelism));
    }

    /** Starts polling: every host's first poll starts now. */
    public synchronized void start() {
        started = true;
        for (HostPoller poller : pollers) {
            threads.submit(poller::run);
        }
        LOG.info(() -> "collecting from " + pollers.size() + " host(s) every " + DurationText.of(schedule.interval())
                + " (timeout " + DurationText.of(schedule.timeout()) + ")");
    }

    /**
     * Collects every host once, now, concurrently within the parallelism bound, waits for all, and returns how many
     * failed. For {@code collect --once}.
     */
    public int collectOnce() {
        List<java.util.concurrent.Future<Boolean>> polls = new ArrayList<>();
        for (HostPoller poller : pollers) {
            polls.add(threads.submit(() -> {
                parallelism.acquire();
                try {
                    return poller.pollOnce();
                } finally {
                    parallelism.release();
                }
            }));
        }
        int failed = 0;
        for (java.util.concurrent.Future<Boolean> poll : polls) {
            try {
                if (!poll.get()) {
                    failed++;
                }
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed + 1;
            }
        }
        return failed;
    }

    /**
     * Stops polling: every loop is interrupted, and given a moment to end, so that nothing is logged or recorded after
     * a stop has been reported. A read stuck in I/O is left behind (its thread is a virtual one of its own).
     */
    @Override
    public void close() {
        pollers.forEach(HostPoller::stop);
        threads.shutdownNow();
        try {
            if (!threads.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.fine("some polls did not end within " + DurationText.of(CLOSE_WAIT) + " of the stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The failure recorded when a poll exceeds its timeout. */
    static CimException timeout(String host, java.time.Duration timeout) {
        return new CimException(CimException.Kind.TIMEOUT,
                "no complete answer from " + host + " within " + DurationText.of(timeout) + " (collection timeout)");
    }
}
