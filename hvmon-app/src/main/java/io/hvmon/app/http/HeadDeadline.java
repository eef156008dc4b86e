package io.hvmon.app.http;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;

/**
 * Closes connections whose request head does not arrive in time ({@link ConnectionLimits#requestHeadTimeout()}):
 * connections that send nothing, and slowloris clients that trickle a request a byte at a time, which an idle
 * timeout alone never catches (each byte makes the connection active again). Jetty has no such limit of its own.
 *
 * <p>Looks at every connection a few times per timeout (at most once a second): a list walk that costs little even
 * at the connection limit.
 */
final class HeadDeadline extends AbstractLifeCycle {

    private final Connector connector;
    private final Duration timeout;
    private final Duration period;
    private final LimitLog log;
    private volatile Scheduler.Task next;

    HeadDeadline(Connector connector, Duration timeout, LimitLog log) {
        this.connector = connector;
        this.timeout = timeout;
        Duration quarter = timeout.dividedBy(4);
        this.period = quarter.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1)
                : quarter.compareTo(Duration.ofMillis(50)) < 0 ? Duration.ofMillis(50) : quarter;
        this.log = log;
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            next = connector.getScheduler().schedule(this::sweep, period.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (endPoint instanceof ClientEndPoint client && client.awaitingHeadFor(now) > timeout.toNanos()) {
                    cutOff(client);
                }
            }
        } finally {
            schedule();
        }
    }

    private void cutOff(ClientEndPoint client) {
        String why = client.sentAnything() ? "no complete request head" : "nothing";
        String message = "closed a connection from " + client.peer().getHostAddress() + ": " + why
                + " received within " + seconds(timeout) + " s";
        // A browser may open a connection it then leaves unused; a half-sent request is the suspicious case.
        log.client(client.sentAnything() ? Level.INFO : Level.FINE, "head timeout", client.peer(),
                message);
        client.close(new TimeoutException(message));
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? Long.toString(duration.toSeconds())
                : java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
