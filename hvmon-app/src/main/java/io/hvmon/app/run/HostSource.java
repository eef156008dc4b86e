package io.hvmon.app.run;

import io.hvmon.collect.CimSessionFactory;
import io.hvmon.wsman.http.Traffic;

/**
 * One host to collect from.
 *
 * @param name        the host's name in the API ({@code /hvm/hosts/{name}})
 * @param description where its data comes from, in words (never a secret)
 * @param sessions    opens a session to it
 * @param traffic     the WS-Man counters its sessions add to, for {@code /metrics}; null when it is not read over
 *                    WS-Management (the agent's local WMI, test fakes)
 */
public record HostSource(String name, String description, CimSessionFactory sessions, Traffic traffic) {

    /** A source without WS-Man counters. */
    public HostSource(String name, String description, CimSessionFactory sessions) {
        this(name, description, sessions, null);
    }
}
