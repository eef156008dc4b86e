package io.hvmon.app.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * config.json's {@code kerberos} section: settings every Kerberos host shares. The JDK keeps one krb5.conf per
 * process, hence here and not per host.
 *
 * @param krb5Conf the krb5.conf to use; empty for KRB5_CONFIG, else the system's (/etc/krb5.conf)
 */
public record KerberosConfig(Optional<Path> krb5Conf) {

    public static final KerberosConfig NONE = new KerberosConfig(Optional.empty());

    public KerberosConfig {
        Objects.requireNonNull(krb5Conf, "krb5Conf");
    }
}
