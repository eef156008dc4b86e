package io.hvmon.app.run;

import io.hvmon.collect.CimSessionFactory;

/**
 * One host to collect from.
 *
 * @param name        the host's name in the API ({@code /hvm/hosts/{name}})
 * @param description where its data comes from, in words (never a secret)
 * @param sessions    opens a session to it
 */
public record HostSource(String name, String description, CimSessionFactory sessions) {
}
