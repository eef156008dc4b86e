package io.hvmon.app.run;

import io.hvmon.app.config.RemoteHostConfig;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.http.TlsOptions;
import io.hvmon.wsman.http.Traffic;

import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/** The configured remote Hyper-V hosts as collection sources over WS-Management. */
public final class RemoteSources {

    private static final Logger LOG = Logger.getLogger(RemoteSources.class.getName());

    private RemoteSources() {
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
        WsManSettings settings = WsManSettings.of(host.url(), switch (host.auth()) {
                    case NEGOTIATE -> WsManSettings.AuthScheme.NEGOTIATE;
                    case BASIC -> WsManSettings.AuthScheme.BASIC;
                }, host.user(), password)
                .withTls(new TlsOptions(host.tls().verify(), host.tls().caFile()))
                .withTimeouts(Duration.ofSeconds(Math.min(10, timeout.toSeconds())), timeout);
        java.util.Arrays.fill(password, '\0');
        String description = "WS-Man " + host.url() + " (" + host.auth().wireName() + ", user " + host.user() + ")";
        Traffic traffic = new Traffic();
        return new HostSource(host.name(), description, () -> new WsManSession(settings, traffic), traffic);
    }
}
