package io.hvmon.wsman.kerberos;

import java.nio.file.Path;

/**
 * Which krb5.conf the JDK reads. The JDK reads {@code java.security.krb5.conf} (else /etc/krb5.conf, or
 * C:\Windows\krb5.ini) but not MIT's {@code KRB5_CONFIG} variable, so hvmon maps that variable onto the property;
 * config.json's {@code kerberos.krb5_conf} wins over both. The setting is JVM-wide: one krb5.conf per process.
 */
public final class Krb5Config {

    static final String PROPERTY = "java.security.krb5.conf";

    private Krb5Config() {
    }

    /** Uses {@code file} as krb5.conf for every Kerberos logon of this process from now on. */
    public static synchronized void use(Path file) {
        System.setProperty(PROPERTY, file.toAbsolutePath().toString());
    }

    /** Maps {@code KRB5_CONFIG} onto the JDK's property, unless a file was already chosen. */
    static synchronized void apply() {
        String fromEnvironment = System.getenv("KRB5_CONFIG");
        if (System.getProperty(PROPERTY) == null && fromEnvironment != null && !fromEnvironment.isBlank()) {
            // MIT allows a colon-separated list; the JDK takes one file: the first.
            System.setProperty(PROPERTY, fromEnvironment.split(":")[0]);
        }
    }

    /** The krb5.conf in use, for messages. */
    static String inUse() {
        String file = System.getProperty(PROPERTY);
        return file != null ? file : System.getProperty("os.name", "").startsWith("Windows")
                ? "C:\\Windows\\krb5.ini" : "/etc/krb5.conf";
    }
}
