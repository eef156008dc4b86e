package io.hvmon.windows.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one {@link ServiceApp} as a service, on the thread the SCM gave the service (ServiceMain): start it while
 * reporting START_PENDING, RUNNING once it serves, wait for a stop control or a fatal error, stop it while reporting
 * STOP_PENDING, and report STOPPED last. Logs each step and writes the service's events.
 */
public final class ServiceRunner {

    private static final Logger LOG = Logger.getLogger(ServiceRunner.class.getName());

    private final String serviceName;
    private final ServiceLifecycle lifecycle;
    private final EventLog events;
    private final ServiceTimings timings;
    private final CompletableFuture<String> fatalError = new CompletableFuture<>();

    public ServiceRunner(String serviceName, ServiceLifecycle lifecycle, EventLog events, ServiceTimings timings) {
        this.serviceName = serviceName;
        this.lifecycle = lifecycle;
        this.events = events;
        this.timings = timings;
    }

    /** Reports a failure the app cannot recover from (any thread): the service stops with a non-zero exit code. */
    public void fatal(String reason) {
        fatalError.complete(reason);
    }

    /** Runs the app until it is stopped; returns after the final STOPPED report. */
    public RunOutcome run(ServiceApp app) {
        lifecycle.starting();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("hvmon-service-progress").factory());
        long every = timings.progressEvery().toMillis();
        ticker.scheduleAtFixedRate(lifecycle::progress, every, every, TimeUnit.MILLISECONDS);
        try {
            return startAndServe(app);
        } finally {
            ticker.shutdownNow();
        }
    }

    private RunOutcome startAndServe(ServiceApp app) {
        CompletableFuture<String> starting = CompletableFuture.supplyAsync(app::start,
                runnable -> Thread.ofPlatform().daemon().name("hvmon-service-start").start(runnable));
        String serving;
        try {
            serving = starting.get(timings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return failedToStart(ExitStatus.RUNTIME_FAILURE, "it did not finish starting within "
                    + seconds(timings.startTimeout()) + " s", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ServiceFailure failure) {
                return failedToStart(failure.exitCode(), failure.getMessage(), false);
            }
            LOG.log(Level.SEVERE, "internal error while starting", cause);
            return failedToStart(ExitStatus.RUNTIME_FAILURE, "internal error: " + cause, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failedToStart(ExitStatus.RUNTIME_FAILURE, "interrupted while starting", true);
        }
        if (!lifecycle.started()) {
            return stop(app, stopReason().words() + " before it finished starting", ExitStatus.OK);
        }
        record(ServiceEvent.started(serviceName, serving));
        Object why = CompletableFuture.anyOf(lifecycle.stopRequests(), fatalError).join();
        if (why instanceof StopReason reason) {
            return stop(app, reason.words(), ExitStatus.OK);
        }
        lifecycle.stopping();
        RunOutcome outcome = stopApp(app, ExitStatus.serviceSpecific(ExitStatus.RUNTIME_FAILURE));
        record(ServiceEvent.fatal(serviceName, String.valueOf(why)));
        lifecycle.stopped(outcome.exit());
        return outcome;
    }

    private StopReason stopReason() {
        return lifecycle.stopRequests().getNow(StopReason.STOP_REQUESTED);
    }

    private RunOutcome failedToStart(int exitCode, String reason, boolean endProcessNow) {
        record(ServiceEvent.startFailed(serviceName, exitCode, reason));
        ExitStatus exit = ExitStatus.serviceSpecific(exitCode);
        lifecycle.stopped(exit);
        return new RunOutcome(exit, endProcessNow);
    }

    private RunOutcome stop(ServiceApp app, String why, ExitStatus exit) {
        RunOutcome outcome = stopApp(app, exit);
        if (!outcome.endProcessNow()) {
            record(ServiceEvent.stopped(serviceName, why));
        }
        lifecycle.stopped(exit);
        return outcome;
    }

    /** Stops the app on its own thread, bounded by the stop timeout; the ticker keeps STOP_PENDING alive meanwhile. */
    private RunOutcome stopApp(ServiceApp app, ExitStatus exit) {
        Thread stopper = Thread.ofPlatform().daemon().name("hvmon-service-stop").start(() -> {
            try {
                app.stop();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "error while stopping (stopping anyway)", e);
            }
        });
        try {
            if (stopper.join(timings.stopTimeout())) {
                return new RunOutcome(exit, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record(ServiceEvent.stopTimedOut(serviceName, seconds(timings.stopTimeout())));
        return new RunOutcome(exit, true);
    }

    private void record(ServiceEvent event) {
        Level level = switch (event.type()) {
            case ERROR -> Level.SEVERE;
            case WARNING -> Level.WARNING;
            case INFORMATION -> Level.INFO;
        };
        LOG.log(level, event.text());
        try {
            events.write(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot write to the Event Log: " + e.getMessage());
        }
    }

    private static long seconds(Duration duration) {
        return Math.max(1, duration.toSeconds());
    }
}
