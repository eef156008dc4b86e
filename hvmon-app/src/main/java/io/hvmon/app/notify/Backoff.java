package io.hvmon.app.notify;

import java.time.Duration;

/** Waits between delivery attempts: {@code first}, doubling after each failure, at most {@code max}. */
record Backoff(Duration first, Duration max) {

    static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    Duration after(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
