package io.hvmon.app.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How many connections the server keeps, and for how long.
 *
 * <p>With virtual threads, a connection costs memory and a file descriptor, not a thread, so capacity is counted in
 * connections: beyond {@code maxConnections} in all, or {@code maxPerClient} from one client address (IPv6: one /64;
 * trusted proxies are not capped per address, they speak for many clients), a new connection is still accepted but
 * its request is answered {@code 503} with {@code Retry-After} and the connection closed. Only
 * {@link #OVERFLOW} connections past {@code maxConnections} are accepted that way; past those the server stops
 * accepting until some close, and new clients wait in the operating system's queue rather than being dropped.
 *
 * @param maxConnections     open connections in all before new ones get 503
 * @param maxPerClient       open connections from one client address before new ones get 503
 * @param requestHeadTimeout time for a whole request head (request line and headers) to arrive, counted from the
 *                           connection's opening for the first request and from its first byte for later ones: cuts
 *                           off connections that send nothing and clients that trickle a request byte by byte
 * @param idleTimeout        keep-alive: how long a connection may wait, between requests, for the next one
 */
public record ConnectionLimits(int maxConnections, int maxPerClient, Duration requestHeadTimeout,
                               Duration idleTimeout) {

    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    public static final int DEFAULT_MAX_PER_CLIENT = 256;
    public static final int MAX_CONNECTIONS_LIMIT = 1_000_000;
    /** Connections accepted past {@link #maxConnections} only to be answered 503 (then accepting pauses). */
    public static final int OVERFLOW = 256;
    public static final Duration DEFAULT_REQUEST_HEAD_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(DEFAULT_MAX_CONNECTIONS,
            DEFAULT_MAX_PER_CLIENT, DEFAULT_REQUEST_HEAD_TIMEOUT, DEFAULT_IDLE_TIMEOUT);

    public ConnectionLimits {
        if (maxConnections < 1 || maxConnections > MAX_CONNECTIONS_LIMIT) {
            throw new IllegalArgumentException("maxConnections must be 1 to " + MAX_CONNECTIONS_LIMIT + ", got "
                    + maxConnections);
        }
        if (maxPerClient < 1 || maxPerClient > maxConnections) {
            throw new IllegalArgumentException("maxPerClient must be 1 to maxConnections (" + maxConnections
                    + "), got " + maxPerClient);
        }
        requirePositive(requestHeadTimeout, "requestHeadTimeout");
        requirePositive(idleTimeout, "idleTimeout");
    }

    /** These limits with other connection counts. */
    public ConnectionLimits withCounts(int maxConnections, int maxPerClient) {
        return new ConnectionLimits(maxConnections, maxPerClient, requestHeadTimeout, idleTimeout);
    }

    /** These limits with other timeouts. */
    public ConnectionLimits withTimeouts(Duration requestHeadTimeout, Duration idleTimeout) {
        return new ConnectionLimits(maxConnections, maxPerClient, requestHeadTimeout, idleTimeout);
    }

    /** Where accepting pauses: the capacity plus the connections accepted only to be answered 503. */
    int acceptCeiling() {
        return maxConnections + OVERFLOW;
    }

    private static void requirePositive(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be more than 0, got " + value);
        }
    }
}
