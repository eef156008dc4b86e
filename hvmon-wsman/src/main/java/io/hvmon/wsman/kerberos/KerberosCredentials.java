package io.hvmon.wsman.kerberos;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Where hvmon's own Kerberos identity comes from: a password, a keytab, or a ticket cache that {@code kinit} (or
 * the desktop logon) filled. Principals are {@code user@REALM}; {@code DOMAIN\\user} becomes {@code user} in the
 * default realm, since a NetBIOS domain name is not a realm.
 */
public sealed interface KerberosCredentials {

    /** The principal as configured and normalised, or null for "whoever the ticket cache holds". */
    String principal();

    /** A password, from config.json's password_env or password_file like the other schemes. */
    record Password(String principal, char[] password) implements KerberosCredentials {
        public Password {
            principal = normalise(principal);
            password = password.clone();
        }

        @Override
        public char[] password() {
            return password.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Password p && principal.equals(p.principal) && Arrays.equals(password, p.password);
        }

        @Override
        public int hashCode() {
            return principal.hashCode();
        }

        @Override
        public String toString() {
            return "password of " + principal;
        }
    }

    /** The principal's keys in a keytab file (made with ktpass on Windows or ktutil on Linux). */
    record Keytab(String principal, Path keytab) implements KerberosCredentials {
        public Keytab {
            principal = normalise(principal);
            Objects.requireNonNull(keytab, "keytab");
        }

        @Override
        public String toString() {
            return "keytab " + keytab + " for " + principal;
        }
    }

    /** A ticket cache: the given file, or the default one (KRB5CCNAME, else /tmp/krb5cc_UID). */
    record TicketCache(String principal, Path cache) implements KerberosCredentials {
        public TicketCache {
            principal = principal == null || principal.isBlank() ? null : normalise(principal);
        }

        @Override
        public String toString() {
            return "ticket cache " + (cache == null ? "(default)" : cache)
                    + (principal == null ? "" : " for " + principal);
        }
    }

    /** {@code user@example.com} → {@code user@EXAMPLE.COM}; {@code EXAMPLE\\user} → {@code user}. */
    static String normalise(String user) {
        Objects.requireNonNull(user, "user");
        String name = user.strip();
        int slash = name.indexOf('\\');
        if (slash >= 0) {
            return name.substring(slash + 1);
        }
        int at = name.lastIndexOf('@');
        return at < 0 ? name : name.substring(0, at) + "@" + name.substring(at + 1).toUpperCase(Locale.ROOT);
    }
}
