package io.hvmon.events;

import java.util.Locale;

/** How far behind a replication is, in the words of {@code replication_lag} events. */
public enum LagLevel {
    OK, WARNING, CRITICAL;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
