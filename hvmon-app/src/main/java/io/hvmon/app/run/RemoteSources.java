package io.hvmon.app.run;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.config.RemoteHostConfig;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.http.TlsOptions;
import io.hvmon.wsman.http.Traffic;
import io.hvmon.wsman.kerberos.KerberosOptions;
import io.hvmon.wsman.kerberos.Krb5Config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/** The configured remote Hyper-V hosts as collection sources over WS-Management. */
public final class RemoteSources {

    private static final Logger LOG = Logger.getLogger(RemoteSources.class.getName());

    private RemoteSources() {
    }

    /**
     * The config's hosts as sources, with its krb5.conf (kerberos.krb5_conf) in force first: the JDK reads one
     * krb5.conf per process, so it is set once here rather than per host.
     */
    public static List<HostSource> of(HvmonConfig settings, Passwords passwords) {
        settings.kerberos().krb5Conf().ifPresent(Krb5Config::use);
        return create(settings.hosts(), passwords, settings.collection().timeout());
    }

    /**
     * One source per configured host; passwords are read now, once, so a missing one stops the start with a clear
     * message instead of failing every poll.
     *
     * @param timeout the collection timeout: the longest any one WS-Man request may take
     */
    public static List<HostSource> create(List<RemoteHostConfig> hosts, Passwords passwords, Duration timeout) {
        return hosts.stream().map(host -> source(host, passwords.read("host " + host.name(), host.password()), timeout)).toList();
    }

    private static HostSource source(RemoteHostConfig host, char[] password, Duration timeout) {
        if (!host.tls().verify()) {
            LOG.warning(() -> "host " + host.name() + ": TLS certificate verification is OFF (tls.verify false);"
                    + " anyone on the path can read and change this host's data. Use tls.ca_file instead.");
        }
        if (host.auth() == RemoteHostConfig.Auth.BASIC && host.url().getScheme().equalsIgnoreCase("http")) {
            LOG.warning(() -> "host " + host.name() + ": Basic authentication over plain http"
                    + " (insecure_basic_over_http true): the password crosses the network in clear with every request."
                    + " Use https, or auth negotiate.");
        }
        RemoteHostConfig.Kerberos kerberos = host.kerberos();
        kerberos.keytab().ifPresent(keytab -> checkKeytab(host.name(), keytab));
        WsManSettings settings = WsManSettings.of(host.url(), switch (host.auth()) {
                    case NEGOTIATE -> WsManSettings.AuthScheme.NEGOTIATE;
                    case BASIC -> WsManSettings.AuthScheme.BASIC;
                    case KERBEROS -> WsManSettings.AuthScheme.KERBEROS;
                }, host.user() == null ? "" : host.user(), password)
                .withTls(new TlsOptions(host.tls().verify(), host.tls().caFile()))
                .withTimeouts(Duration.ofSeconds(Math.min(10, timeout.toSeconds())), timeout)
                .withKerberos(new KerberosOptions(kerberos.spn().orElse(null), kerberos.keytab().orElse(null),
                        kerberos.ticketCache(), kerberos.cacheFile().orElse(null)));
        java.util.Arrays.fill(password, '\0');
        String description = "WS-Man " + host.url() + " (" + host.auth().wireName() + ", " + logon(host) + ")";
        Traffic traffic = new Traffic();
        return new HostSource(host.name(), description, () -> new WsManSession(settings, traffic), traffic);
    }

    /**
     * A keytab that is not there stops the start, as a missing password file does; one that others may read is
     * only warned about (it is a password, but refusing it would be a change the deployment did not ask for).
     */
    private static void checkKeytab(String name, Path keytab) {
        if (!Files.isRegularFile(keytab) || !Files.isReadable(keytab)) {
            throw new UserError(2, "host " + name + ": keytab " + keytab + (Files.exists(keytab)
                    ? " cannot be read by this account" : " does not exist"));
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(keytab, PosixFileAttributeView.class);
            if (posix != null && (posix.readAttributes().permissions().contains(PosixFilePermission.OTHERS_READ)
                    || posix.readAttributes().permissions().contains(PosixFilePermission.GROUP_READ))) {
                LOG.warning(() -> "host " + name + ": keytab " + keytab + " can be read by other users; it is as"
                        + " good as a password: chmod 600 " + keytab);
            }
        } catch (IOException e) {
            // the logon will report what is wrong with the file
        }
    }

    /** Who logs on and with what, for the host's description: never a secret. */
    static String logon(RemoteHostConfig host) {
        RemoteHostConfig.Kerberos kerberos = host.kerberos();
        String user = host.user() == null ? "the ticket cache's principal" : "user " + host.user();
        String keys = kerberos.keytab().map(file -> ", keytab " + file)
                .orElse(kerberos.ticketCache() ? ", ticket cache " + kerberos.cacheFile().map(Object::toString)
                        .orElse("(default)") : "");
        return user + keys + kerberos.spn().map(spn -> ", SPN " + spn).orElse("");
    }
}
