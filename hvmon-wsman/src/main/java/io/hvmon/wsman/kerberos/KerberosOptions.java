package io.hvmon.wsman.kerberos;

import java.nio.file.Path;

/**
 * How a host is reached with Kerberos, beyond the user and password every scheme has.
 *
 * @param spn         the host's service principal, e.g. {@code HTTP/hv01.example.com@EXAMPLE.COM}; null for
 *                    {@code HTTP/<host of the URL>} in the default realm
 * @param keytab      a keytab with the user's keys, or null
 * @param ticketCache whether to use a ticket cache (kinit) instead of a password
 * @param cacheFile   the ticket cache file, or null for the default (KRB5CCNAME, else /tmp/krb5cc_UID)
 */
public record KerberosOptions(String spn, Path keytab, boolean ticketCache, Path cacheFile) {

    /** A password (or a keytab or cache, when set) and the default SPN. */
    public static final KerberosOptions DEFAULTS = new KerberosOptions(null, null, false, null);

    /** The SPN to ask the KDC for, for a host named {@code host} in the URL. */
    public String spnFor(String host) {
        return spn != null ? spn : "HTTP/" + host;
    }

    /** Where the user's Kerberos identity comes from: the keytab, else the ticket cache, else the password. */
    public KerberosCredentials credentials(String user, char[] password) {
        if (keytab != null) {
            return new KerberosCredentials.Keytab(user, keytab);
        }
        if (ticketCache || cacheFile != null) {
            return new KerberosCredentials.TicketCache(user, cacheFile);
        }
        return new KerberosCredentials.Password(user, password);
    }
}
