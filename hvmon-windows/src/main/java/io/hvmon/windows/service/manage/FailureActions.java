package io.hvmon.windows.service.manage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery settings of the service (SERVICE_FAILURE_ACTIONS): a restart after each delay in turn, the last one
 * repeated for every further failure (the SCM's rule), so a monitor that keeps failing keeps being retried; the count
 * of failures starts from zero again after the reset period without one. The same settings as the MSI's and as the
 * documented {@code sc.exe failure hvmon reset= 86400 actions= restart/60000/restart/60000/restart/60000}. With the failure-actions flag
 * also set, they apply when hvmon stops itself with a non-zero exit code too, not only when its process dies.
 *
 * @param resetPeriod   a failure-free time after which the next failure counts as the first again
 * @param restartDelays one restart per entry, after that delay
 */
public record FailureActions(Duration resetPeriod, List<Duration> restartDelays) {

    /** Restart 60 s after every failure; the count is reset after a day without failures. */
    public static final FailureActions DEFAULT = new FailureActions(Duration.ofDays(1),
            List.of(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60)));

    static final int SC_ACTION_RESTART = 1;

    /** One SC_ACTION: what the SCM does at that failure, after how many milliseconds. */
    public record Action(int type, int delayMillis) {
    }

    public FailureActions {
        restartDelays = List.copyOf(restartDelays);
    }

    public int resetPeriodSeconds() {
        return Math.toIntExact(resetPeriod.toSeconds());
    }

    /** The SC_ACTION array: a restart per delay; the SCM repeats the last one for every further failure. */
    public List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        for (Duration delay : restartDelays) {
            actions.add(new Action(SC_ACTION_RESTART, Math.toIntExact(delay.toMillis())));
        }
        return List.copyOf(actions);
    }
}
