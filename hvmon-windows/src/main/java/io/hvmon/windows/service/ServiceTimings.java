package io.hvmon.windows.service;

import java.time.Duration;

/**
 * How long the service may take, and how often it tells the SCM it is still busy.
 *
 * @param startWaitHint  the wait hint sent with START_PENDING
 * @param stopWaitHint   the wait hint sent with STOP_PENDING
 * @param progressEvery  how often a pending start or stop sends the next checkpoint (well within the wait hints)
 * @param startTimeout   a start taking longer is a failure: STOPPED, then the process ends
 * @param stopTimeout    a stop taking longer is reported STOPPED anyway, then the process ends; less than the
 *                       preshutdown timeout set at install, so a system shutdown waits for it
 */
public record ServiceTimings(Duration startWaitHint, Duration stopWaitHint, Duration progressEvery,
                             Duration startTimeout, Duration stopTimeout) {

    public static final ServiceTimings DEFAULT = new ServiceTimings(Duration.ofSeconds(10), Duration.ofSeconds(10),
            Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(20));
}
