package io.hvmon.app.http;

import io.hvmon.app.security.AccessPolicy;
import io.hvmon.app.security.ServerTlsContext;

import java.util.Objects;
import java.util.Optional;

/**
 * How the API is served: TLS (empty: plain http), who may use it, and request limits.
 *
 * @param maxConcurrent requests handled at the same time; more get 503 at once
 * @param maxUrlLength  longest request target (path and query) in characters; longer gets 414
 */
public record HttpOptions(Optional<ServerTlsContext> tls, AccessPolicy policy, int maxConcurrent, int maxUrlLength) {

    public static final int DEFAULT_MAX_CONCURRENT = 256;
    public static final int DEFAULT_MAX_URL_LENGTH = 2048;

    public HttpOptions {
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(policy, "policy");
    }

    public static HttpOptions plain(AccessPolicy policy) {
        return new HttpOptions(Optional.empty(), policy, DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_URL_LENGTH);
    }

    public HttpOptions withTls(ServerTlsContext context) {
        return new HttpOptions(Optional.of(context), policy, maxConcurrent, maxUrlLength);
    }
}
