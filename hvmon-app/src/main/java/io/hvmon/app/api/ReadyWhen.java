package io.hvmon.app.api;

import java.util.Locale;
import java.util.Optional;

/**
 * When {@code /readyz} answers 200 ({@code collection.ready_when} in config.json). A host is fresh when it has been
 * collected and its data is not stale. Data endpoints serve whatever exists either way; this only decides readiness.
 */
public enum ReadyWhen {
    /** At least one host is fresh: there is current data to serve (the default; the same as ALL_HOSTS for one host). */
    ANY_HOST,
    /** Every configured host is fresh: nothing is missing or old. */
    ALL_HOSTS;

    /** The name used in config.json. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The policy with this wire name, ignoring case; empty for anything else (including null). */
    public static Optional<ReadyWhen> parse(String text) {
        for (ReadyWhen policy : values()) {
            if (policy.wireName().equalsIgnoreCase(text)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
