package io.hvmon.app.http;

import java.net.InetAddress;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per request on the logger {@code io.hvmon.access}:
 * {@code 10.0.0.5 GET /hvm/replicas key=prometheus 200 5123B 3ms} (with {@code via PROXY} when the address came from
 * X-Forwarded-For). The path is logged raw (percent-encoded, so it cannot break the line) and without the query
 * string; request headers, and so the X-API-KEY, are never logged.
 *
 * <p>What would drown the rest is toned down: liveness and readiness probes, asked every few seconds, are logged at
 * FINE (shown with --log-level debug); refusals (401, 403, 429, and 503s for a connection past its cap, and Jetty's
 * answers to unparsable requests) go through a {@link RefusalLogLimiter}, so a client hammering with a wrong key
 * gets one line a minute, not one per attempt.
 */
final class AccessLog {

    static final Logger LOG = Logger.getLogger("io.hvmon.access");
    static final int MAX_PATH = 200;
    static final Set<String> PROBES = Set.of("/healthz", "/readyz");

    private final RefusalLogLimiter refusals;

    AccessLog(RefusalLogLimiter refusals) {
        this.refusals = refusals;
    }

    void log(InetAddress client, InetAddress peer, String method, String rawPath, String keyName, int status,
             long bytes, long millis) {
        log(client, peer, method, rawPath, keyName, status, bytes, millis, isRefusal(status));
    }

    /**
     * As above; {@code refusal} also counts answers the status alone does not mark as refusals: the 503 of a
     * connection past its cap, and Jetty's answers to requests it could not parse, which a flood would repeat.
     */
    void log(InetAddress client, InetAddress peer, String method, String rawPath, String keyName, int status,
             long bytes, long millis, boolean refusal) {
        Level level = !refusal && rawPath != null && PROBES.contains(Gatekeeper.normalized(rawPath)) ? Level.FINE : Level.INFO;
        if (!LOG.isLoggable(level)) {
            return;
        }
        String leftOut = "";
        if (refusal) {
            OptionalLong admitted = refusals.admit(client);
            if (admitted.isEmpty()) {
                return;
            }
            if (admitted.getAsLong() > 0) {
                leftOut = " [" + admitted.getAsLong() + " more refused requests from " + client.getHostAddress()
                        + " not logged; at most one line per client every " + refusals.interval().toSeconds() + " s]";
            }
        }
        String path = rawPath == null ? "-" : rawPath.length() > MAX_PATH ? rawPath.substring(0, MAX_PATH) + "..." : rawPath;
        String via = client.equals(peer) ? "" : " via " + peer.getHostAddress();
        LOG.log(level, client.getHostAddress() + via + " " + safe(method) + " " + path + " key="
                + (keyName == null ? "-" : keyName) + " " + status + " " + bytes + "B " + millis + "ms" + leftOut);
    }

    static boolean isRefusal(int status) {
        return status == 401 || status == 403 || status == 429;
    }

    /** Methods are tokens by HTTP's grammar, but the JDK passes on whatever the line held. */
    private static String safe(String method) {
        String cut = method.length() > 20 ? method.substring(0, 20) : method;
        return cut.replaceAll("[^A-Za-z0-9_-]", "?");
    }
}
