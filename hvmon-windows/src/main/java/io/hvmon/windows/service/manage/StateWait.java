package io.hvmon.windows.service.manage;

import io.hvmon.windows.service.ServiceState;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/** Polls a service's status until it reaches one of the wanted states or the time is up. */
final class StateWait {

    /** The SCM has no "tell me when" call that works without a callback thread; polling is what sc.exe users do. */
    static final Duration POLL = Duration.ofMillis(250);

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    interface Clock {
        long nanoTime();
    }

    private StateWait() {
    }

    /**
     * @return the last status seen: in one of {@code wanted}, or not when the time ran out (the caller says so)
     */
    static ServiceInfo until(Supplier<ServiceInfo> status, Set<ServiceState> wanted, Duration timeout, Clock clock,
                             Sleeper sleeper) {
        long deadline = clock.nanoTime() + timeout.toNanos();
        ServiceInfo info = status.get();
        while (!wanted.contains(info.state()) && clock.nanoTime() - deadline < 0) {
            try {
                sleeper.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return info;
            }
            info = status.get();
        }
        return info;
    }

    static ServiceInfo until(Supplier<ServiceInfo> status, Set<ServiceState> wanted, Duration timeout) {
        return until(status, wanted, timeout, System::nanoTime, duration -> Thread.sleep(duration));
    }
}
