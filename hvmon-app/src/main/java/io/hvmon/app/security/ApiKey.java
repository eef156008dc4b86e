package io.hvmon.app.security;

import java.util.Objects;

/** A named API key as configured: the name shows in the access log, the hash is what a request's key must match. */
public record ApiKey(String name, ApiKeyHash hash) {

    public ApiKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
    }
}
