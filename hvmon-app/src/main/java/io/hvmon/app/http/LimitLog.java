package io.hvmon.app.http;

import io.hvmon.app.security.AddressBucket;

import java.net.InetAddress;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lines about limits being hit (a connection refused at accept, a connection cap reached, a request head that did
 * not arrive in time, requests waiting too long), on the logger {@code io.hvmon.http}: one line per kind of event
 * and client (IPv6: per /64), or per kind for server-wide limits, each minute at most; the next says how many were
 * left out meanwhile. A flood of refusals therefore costs a line a minute, not one per connection.
 */
final class LimitLog {

    static final Logger LOG = Logger.getLogger("io.hvmon.http");

    private final RefusalLogLimiter limiter;

    LimitLog(RefusalLogLimiter limiter) {
        this.limiter = limiter;
    }

    static LimitLog defaults() {
        return new LimitLog(RefusalLogLimiter.defaults());
    }

    /** A limit hit by one client. */
    void client(Level level, String kind, InetAddress client, String message) {
        log(level, kind + " " + AddressBucket.of(client), message, " from " + client.getHostAddress());
    }

    /** A limit of the whole server. */
    void server(Level level, String kind, String message) {
        log(level, kind, message, "");
    }

    private void log(Level level, String key, String message, String from) {
        if (!LOG.isLoggable(level)) {
            return;
        }
        OptionalLong admitted = limiter.admit(key);
        if (admitted.isEmpty()) {
            return;
        }
        String leftOut = admitted.getAsLong() == 0 ? "" : " [" + admitted.getAsLong() + " more like this" + from
                + " not logged; at most one such line" + (from.isEmpty() ? "" : " per client") + " every "
                + limiter.interval().toSeconds() + " s]";
        LOG.log(level, message + leftOut);
    }
}
