package io.hvmon.app.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who may use the API: the allowlist (empty = every address), trusted proxies, API keys (none = open), the paths
 * served without a key, and the limiter for failed keys.
 */
public record AccessPolicy(AddressList allow, AddressList trustedProxies, ApiKeys keys, Set<String> openPaths,
                           FailureLimiter limiter) {

    public AccessPolicy {
        Objects.requireNonNull(allow, "allow");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(keys, "keys");
        openPaths = Set.copyOf(openPaths);
        Objects.requireNonNull(limiter, "limiter");
    }

    /** No allowlist, no keys: the default, and what tests without security use. */
    public static AccessPolicy open() {
        return new AccessPolicy(AddressList.EMPTY, AddressList.EMPTY, new ApiKeys(java.util.List.of()), Set.of(),
                FailureLimiter.defaults());
    }
}
