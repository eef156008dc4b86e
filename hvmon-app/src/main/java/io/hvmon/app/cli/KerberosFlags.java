package io.hvmon.app.cli;

import io.hvmon.app.config.RemoteHostConfig;
import io.hvmon.app.run.UserError;
import io.hvmon.wsman.kerberos.KerberosOptions;
import io.hvmon.wsman.kerberos.Krb5Config;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Kerberos flags of {@code query}: valid only with {@code --auth kerberos}. */
final class KerberosFlags {

    @Option(names = "--spn", paramLabel = "SPN",
            description = "kerberos: the host's service principal (default: HTTP/<host of --url>),"
                    + " e.g. HTTP/hv01.example.com or HTTP/hv01.example.com@EXAMPLE.COM")
    String spn;

    @Option(names = "--keytab", paramLabel = "FILE",
            description = "kerberos: log on with the keys of --user in this keytab instead of a password")
    Path keytab;

    @Option(names = "--ticket-cache",
            description = "kerberos: log on with the tickets kinit left in the default ticket cache"
                    + " (KRB5CCNAME, else /tmp/krb5cc_<uid>) instead of a password; --user is then optional")
    boolean ticketCache;

    @Option(names = "--ticket-cache-file", paramLabel = "FILE",
            description = "kerberos: as --ticket-cache, with this ticket cache file")
    Path ticketCacheFile;

    @Option(names = "--krb5-conf", paramLabel = "FILE",
            description = "kerberos: the krb5.conf to use (default: KRB5_CONFIG, else /etc/krb5.conf)")
    Path krb5Conf;

    /** Refuses Kerberos flags with another scheme, and contradictory credential sources. */
    void check(boolean kerberos, PasswordOptions password) {
        List<String> given = given();
        if (!kerberos) {
            if (!given.isEmpty()) {
                throw new UserError(2, String.join(", ", given) + (given.size() == 1 ? " applies" : " apply")
                        + " only to --auth kerberos");
            }
            return;
        }
        List<String> sources = new ArrayList<>();
        if (password.given()) {
            sources.add("a password (--password-env or --password-file)");
        }
        if (keytab != null) {
            sources.add("--keytab");
        }
        if (ticketCache || ticketCacheFile != null) {
            sources.add(ticketCacheFile != null ? "--ticket-cache-file" : "--ticket-cache");
        }
        if (sources.size() > 1) {
            throw new UserError(2, "give one credential source for --auth kerberos, not " + String.join(" and ",
                    sources));
        }
        if (spn != null && !RemoteHostConfig.Kerberos.isSpn(spn)) {
            throw new UserError(2, "--spn must be service/host, optionally @REALM, e.g. HTTP/hv01.example.com;"
                    + " got '" + spn + "'");
        }
        if (keytab != null && !Files.isReadable(keytab)) {
            throw new UserError(2, "--keytab " + keytab
                    + (Files.exists(keytab) ? " cannot be read" : " does not exist"));
        }
        if (krb5Conf != null && (!Files.isRegularFile(krb5Conf) || !Files.isReadable(krb5Conf))) {
            throw new UserError(2, "--krb5-conf " + krb5Conf + (Files.exists(krb5Conf) ? " is not a readable file"
                    : " does not exist"));
        }
    }

    /** Whether the logon needs a password: not with a keytab or a ticket cache. */
    boolean needsPassword() {
        return keytab == null && !usesTicketCache();
    }

    boolean usesTicketCache() {
        return ticketCache || ticketCacheFile != null;
    }

    /** Puts --krb5-conf in force (JVM-wide) and returns the options for WsManSettings. */
    KerberosOptions apply() {
        if (krb5Conf != null) {
            Krb5Config.use(krb5Conf);
        }
        return new KerberosOptions(spn, keytab, usesTicketCache(), ticketCacheFile);
    }

    private List<String> given() {
        List<String> given = new ArrayList<>();
        if (spn != null) {
            given.add("--spn");
        }
        if (keytab != null) {
            given.add("--keytab");
        }
        if (ticketCache) {
            given.add("--ticket-cache");
        }
        if (ticketCacheFile != null) {
            given.add("--ticket-cache-file");
        }
        if (krb5Conf != null) {
            given.add("--krb5-conf");
        }
        return given;
    }
}
