package io.hvmon.app.config;

import io.hvmon.app.security.ApiKey;
import io.hvmon.app.security.Cidr;
import java.util.List;
import java.util.Optional;

/**
 * {@code security}: API keys (none = the API is open), paths served without a key, the allowlist (empty = every
 * address) and the proxies whose X-Forwarded-For is believed.
 */
public record SecurityConfig(List<ApiKey> apiKeys, List<String> openPaths, Optional<List<Cidr>> allow,
                             List<Cidr> trustedProxies) {

    public static final SecurityConfig NONE = new SecurityConfig(List.of(), List.of(), Optional.empty(), List.of());

    public SecurityConfig {
        apiKeys = List.copyOf(apiKeys);
        openPaths = List.copyOf(openPaths);
        allow = allow.map(List::copyOf);
        trustedProxies = List.copyOf(trustedProxies);
    }
}
