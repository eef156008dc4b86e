package io.hvmon.wsman.http;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to check an HTTPS server: against the JDK's trusted CAs or a PEM CA file, with the host name verified; or not
 * at all (lab use only, warned about on every start).
 */
public record TlsOptions(boolean verify, Optional<Path> caFile) {

    public static final TlsOptions SYSTEM_TRUST = new TlsOptions(true, Optional.empty());
}
