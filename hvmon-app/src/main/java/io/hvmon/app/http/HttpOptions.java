package io.hvmon.app.http;

import io.hvmon.app.security.AccessPolicy;
import io.hvmon.app.security.ServerTlsContext;

import java.util.Objects;
import java.util.Optional;

/**
 * How the API is served: TLS (empty: plain http), who may use it, and limits.
 *
 * @param maxConcurrent requests answered at the same time; more wait (a parked virtual thread each) up to
 *                      {@link RequestSlots#MAX_WAIT} for their turn, then get 503
 * @param maxUrlLength  longest request target (path and query) in characters; longer gets 414
 * @param connections   how many connections are kept, and for how long
 */
public record HttpOptions(Optional<ServerTlsContext> tls, AccessPolicy policy, int maxConcurrent, int maxUrlLength,
                          ConnectionLimits connections) {

    public static final int DEFAULT_MAX_CONCURRENT = 256;
    public static final int DEFAULT_MAX_URL_LENGTH = 2048;

    public HttpOptions {
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(connections, "connections");
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, got " + maxConcurrent);
        }
    }

    public static HttpOptions plain(AccessPolicy policy) {
        return new HttpOptions(Optional.empty(), policy, DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_URL_LENGTH,
                ConnectionLimits.DEFAULTS);
    }

    public HttpOptions withTls(ServerTlsContext context) {
        return new HttpOptions(Optional.of(context), policy, maxConcurrent, maxUrlLength, connections);
    }

    public HttpOptions withConnections(ConnectionLimits limits) {
        return new HttpOptions(tls, policy, maxConcurrent, maxUrlLength, limits);
    }
}
