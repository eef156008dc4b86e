package io.hvmon.app.api;

import io.hvmon.collect.HostStatus;
import io.hvmon.collect.Schedule;

import java.time.Clock;
import java.time.Instant;

/** Decides whether a host's data is stale, against the collection schedule and the current time. */
public record Freshness(Schedule schedule, Clock clock) {

    public boolean stale(HostStatus status) {
        return status.stale(clock.instant(), schedule.interval(), schedule.timeout());
    }

    /** Collected, and not stale: what an answer can rely on as current. */
    public boolean fresh(HostStatus status) {
        return status.ready() && !stale(status);
    }

    public Instant now() {
        return clock.instant();
    }
}
