package io.hvmon.app.run;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Turns "please stop" into an orderly stop. SIGINT (Ctrl+C) and SIGTERM (systemd, docker, kill) are caught, so the
 * program closes what it holds, logs that it stopped, and exits 0 — left to the JVM they end the process at once with
 * 130 or 143, which systemd reports as a failure. A second signal while stopping ends the process at once. Any other
 * end of the JVM (SIGHUP, a logoff, System.exit elsewhere) runs a shutdown hook that asks for the same stop and waits
 * a while for it. Not for the Windows service: its stops come from the service control manager.
 */
public final class StopSignals implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StopSignals.class.getName());

    /** INT and TERM; Windows has no TERM to send (Ctrl+C is INT there), and a JVM with -Xrs lends neither. */
    static final List<String> SIGNALS = List.of("INT", "TERM");
    /** How long a shutdown hook gives the orderly stop before the JVM goes on ending. */
    static final Duration HOOK_WAIT = Duration.ofSeconds(10);

    private record Registered(Signal signal, SignalHandler previous) {
    }

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicReference<String> reason = new AtomicReference<>();
    private final List<Registered> registered = new ArrayList<>();
    private final Thread hook = new Thread(this::onShutdown, "hvmon-shutdown");

    private StopSignals() {
    }

    /** Catches INT and TERM (those this platform and JVM lend) and registers the shutdown hook, until closed. */
    public static StopSignals install() {
        StopSignals stop = new StopSignals();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                stop.registered.add(new Registered(signal, Signal.handle(signal, stop::onSignal)));
            } catch (IllegalArgumentException e) {
                LOG.fine(() -> "SIG" + name + " is not caught here (" + e.getMessage() + "); the shutdown hook stands in");
            }
        }
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Blocks until a stop is asked for; returns why, e.g. "SIGTERM received". */
    public String await() throws InterruptedException {
        requested.await();
        return reason.get();
    }

    private void onSignal(Signal signal) {
        String name = "SIG" + signal.getName();
        if (!request(name + " received")) {
            LOG.warning(name + " received again while stopping: exiting now");
            flushLogs();
            Runtime.getRuntime().halt(128 + signal.getNumber()); // as the shell reports a death by this signal
        }
    }

    private void onShutdown() {
        request("the JVM is shutting down");
        try {
            finished.await(HOOK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean request(String why) {
        if (reason.compareAndSet(null, why)) {
            requested.countDown();
            return true;
        }
        return false;
    }

    private static void flushLogs() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
    }

    /** The stop is done: the signals get their previous handlers back and a waiting shutdown hook lets go. */
    @Override
    public void close() {
        finished.countDown();
        for (Registered each : registered) {
            Signal.handle(each.signal(), each.previous());
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook has run or runs now, and ends at once
        }
    }
}
