package io.hvmon.windows.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A fake SCM: keeps every report, and lets a test wait until a report it expects has arrived. */
final class RecordingScm implements Scm {

    /** Only there so that a broken test fails instead of hanging; no test depends on how long anything takes. */
    private static final long PATIENCE_MILLIS = 30_000;

    private final List<ServiceStatus> reports = new ArrayList<>();

    @Override
    public synchronized void report(ServiceStatus status) {
        reports.add(status);
        notifyAll();
    }

    synchronized List<ServiceStatus> reports() {
        return List.copyOf(reports);
    }

    synchronized List<ServiceState> states() {
        return reports.stream().map(ServiceStatus::state).toList();
    }

    synchronized ServiceStatus last() {
        return reports.getLast();
    }

    /** Waits until some report matches. */
    synchronized void awaitReport(Predicate<ServiceStatus> wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (reports.stream().noneMatch(wanted)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no such report; reports so far: " + reports);
            }
            wait(left);
        }
    }

    void awaitState(ServiceState state) throws InterruptedException {
        awaitReport(status -> status.state() == state);
    }

    /** Waits until this many reports of this state have arrived. */
    synchronized void awaitCount(ServiceState state, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (reports.stream().filter(status -> status.state() == state).count() < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("fewer than " + count + " " + state + " reports: " + reports);
            }
            wait(left);
        }
    }
}
