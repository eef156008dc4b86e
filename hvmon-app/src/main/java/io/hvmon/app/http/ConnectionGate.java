package io.hvmon.app.http;

import io.hvmon.app.security.AccessPolicy;
import io.hvmon.app.security.AddressBucket;
import org.eclipse.jetty.io.SelectorManager;
import org.eclipse.jetty.util.IO;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;

/**
 * Decides about each connection as it is accepted, before a byte of it is read.
 *
 * <p>An address that may not use the API is closed at once: with {@code security.allow} set, only its addresses and
 * the trusted proxies (whose clients are only known from X-Forwarded-For, later) get a connection. Such connections
 * therefore never take a place that an allowed client needs.
 *
 * <p>The others are counted, per client address ({@link AddressBucket}) and in all: one beyond
 * {@link ConnectionLimits#maxPerClient()} or {@link ConnectionLimits#maxConnections()} is still accepted, marked
 * {@link Admission#overCapacity()}, and its request answered 503 with Retry-After, never closed without a word.
 */
final class ConnectionGate implements SelectorManager.AcceptListener {

    static final long RETRY_AFTER_SECONDS = 1;

    /** A connection's place: its client, and the 503 to answer instead of serving it (null: within capacity). */
    record Admission(InetAddress client, String bucket, Problem overCapacity) {
    }

    private final AccessPolicy policy;
    private final ConnectionLimits limits;
    private final LimitLog log;
    private final Map<String, Integer> perClient = new HashMap<>();
    private int total;

    ConnectionGate(AccessPolicy policy, ConnectionLimits limits, LimitLog log) {
        this.policy = policy;
        this.limits = limits;
        this.log = log;
    }

    @Override
    public void onAccepting(SelectableChannel channel) {
        InetAddress peer = peer(channel);
        if (peer != null && !allowedAtAccept(peer)) {
            log.client(Level.INFO, "refused at accept", peer, "refused a connection from " + peer.getHostAddress()
                    + ": not in security.allow" + (policy.trustedProxies().isEmpty() ? "" : " nor a trusted proxy"));
            IO.close(channel); // Jetty then gives up this channel (onAcceptFailed): nothing is read or written
        }
    }

    boolean allowedAtAccept(InetAddress peer) {
        return policy.allow().isEmpty() || policy.allow().contains(peer) || policy.trustedProxies().contains(peer);
    }

    /** Counts a new connection and says whether it is within capacity. */
    Admission open(InetAddress client) {
        String bucket = AddressBucket.of(client);
        boolean proxy = policy.trustedProxies().contains(client);
        int fromClient;
        int all;
        synchronized (this) {
            fromClient = perClient.merge(bucket, 1, Integer::sum);
            all = ++total;
        }
        Problem refusal = null;
        if (all > limits.maxConnections()) {
            refusal = Problem.unavailable("the server has " + limits.maxConnections() + " connections open, as many"
                    + " as it keeps (listen.max_connections); try again shortly", RETRY_AFTER_SECONDS);
            log.server(Level.WARNING, "max_connections", "connection limit reached: " + limits.maxConnections()
                    + " connections open (listen.max_connections); new connections are answered 503");
        } else if (!proxy && fromClient > limits.maxPerClient()) {
            refusal = Problem.unavailable("this address has " + limits.maxPerClient() + " connections open, as many"
                    + " as one client may (listen.max_connections_per_client); reuse or close one",
                    RETRY_AFTER_SECONDS);
            log.client(Level.WARNING, "max_connections_per_client", client, "connection limit reached: "
                    + client.getHostAddress() + " has " + limits.maxPerClient() + " connections open"
                    + " (listen.max_connections_per_client); its new connections are answered 503");
        }
        return new Admission(client, bucket, refusal);
    }

    /** Forgets a closed connection. */
    synchronized void closed(Admission admission) {
        total--;
        perClient.computeIfPresent(admission.bucket(), (bucket, count) -> count == 1 ? null : count - 1);
    }

    synchronized int openConnections() {
        return total;
    }

    private static InetAddress peer(SelectableChannel channel) {
        try {
            return channel instanceof SocketChannel socket
                    && socket.getRemoteAddress() instanceof InetSocketAddress address ? address.getAddress() : null;
        } catch (IOException e) {
            return null; // already closed: Jetty finds out by itself
        }
    }
}
