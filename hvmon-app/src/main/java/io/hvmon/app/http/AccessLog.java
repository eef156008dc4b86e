package io.hvmon.app.http;

import java.net.InetAddress;
import java.util.logging.Logger;

/**
 * One INFO line per request on the logger {@code io.hvmon.access}:
 * {@code 10.0.0.5 GET /hvm/replicas key=prometheus 200 5123B 3ms} (with {@code via PROXY} when the address came from
 * X-Forwarded-For). The path is logged raw (percent-encoded, so it cannot break the line) and without the query
 * string; request headers, and so the X-API-KEY, are never logged.
 */
final class AccessLog {

    static final Logger LOG = Logger.getLogger("io.hvmon.access");
    static final int MAX_PATH = 200;

    private AccessLog() {
    }

    static void log(InetAddress client, InetAddress peer, String method, String rawPath, String keyName, int status,
                    long bytes, long millis) {
        if (!LOG.isLoggable(java.util.logging.Level.INFO)) {
            return;
        }
        String path = rawPath == null ? "-" : rawPath.length() > MAX_PATH ? rawPath.substring(0, MAX_PATH) + "..." : rawPath;
        String via = client.equals(peer) ? "" : " via " + peer.getHostAddress();
        LOG.info(client.getHostAddress() + via + " " + safe(method) + " " + path + " key="
                + (keyName == null ? "-" : keyName) + " " + status + " " + bytes + "B " + millis + "ms");
    }

    /** Methods are tokens by HTTP's grammar, but the JDK passes on whatever the line held. */
    private static String safe(String method) {
        String cut = method.length() > 20 ? method.substring(0, 20) : method;
        return cut.replaceAll("[^A-Za-z0-9_-]", "?");
    }
}
