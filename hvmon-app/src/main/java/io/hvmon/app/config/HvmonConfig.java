package io.hvmon.app.config;

import io.hvmon.app.api.ReadyWhen;
import io.hvmon.app.http.ConnectionLimits;
import io.hvmon.app.log.LogSettings;
import io.hvmon.app.view.ValueStyle;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from config.json, validated. Build it with {@link ConfigLoader}; the {@code with...} methods let
 * command-line flags override what the file says.
 *
 * <p>The records check their own invariants so no code path can build a config the loader would refuse, except where
 * noted (port 0 and sub-second durations are allowed programmatically, for tests).
 */
public record HvmonConfig(Listen listen, ValueStyle values, Collection collection, List<RemoteHostConfig> hosts,
                          SecurityConfig security, LogSettings logging, EventsConfig events,
                          NotifyConfig notifications, KerberosConfig kerberos) {

    public static final int MAX_HOSTS = 1000;

    public HvmonConfig {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(collection, "collection");
        hosts = List.copyOf(hosts);
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(kerberos, "kerberos");
        if (hosts.size() > MAX_HOSTS) {
            throw new IllegalArgumentException("at most " + MAX_HOSTS + " hosts, got " + hosts.size());
        }
    }

    /** A config without a {@code kerberos} section. */
    public HvmonConfig(Listen listen, ValueStyle values, Collection collection, List<RemoteHostConfig> hosts,
                       SecurityConfig security, LogSettings logging, EventsConfig events,
                       NotifyConfig notifications) {
        this(listen, values, collection, hosts, security, logging, events, notifications, KerberosConfig.NONE);
    }

    /** A config without {@code events} settings: the defaults. */
    public HvmonConfig(Listen listen, ValueStyle values, Collection collection, List<RemoteHostConfig> hosts,
                       SecurityConfig security, LogSettings logging) {
        this(listen, values, collection, hosts, security, logging, EventsConfig.DEFAULT, NotifyConfig.NONE);
    }

    /** A config without {@code logging} settings: info, text. */
    public HvmonConfig(Listen listen, ValueStyle values, Collection collection, List<RemoteHostConfig> hosts,
                       SecurityConfig security) {
        this(listen, values, collection, hosts, security, LogSettings.DEFAULT);
    }

    /** A config without {@code security} settings: an open API. */
    public HvmonConfig(Listen listen, ValueStyle values, Collection collection, List<RemoteHostConfig> hosts) {
        this(listen, values, collection, hosts, SecurityConfig.NONE);
    }

    /** What an empty config file ({@code {}}) means: listen on 0.0.0.0:20501, compat values, 15 s / 10 s, no hosts. */
    public static HvmonConfig defaults() {
        return new HvmonConfig(Listen.DEFAULT, ValueStyle.COMPAT, Collection.DEFAULT, List.of());
    }

    /** The same config listening on another port; 0 (any free port) is allowed here, for tests. */
    public HvmonConfig withListenPort(int port) {
        return new HvmonConfig(listen.with(listen.address(), port, listen.tls()), values, collection, hosts, security,
                logging, events, notifications, kerberos);
    }

    /** The same config listening on another address (an IP literal or host name). */
    public HvmonConfig withListenAddress(String address) {
        return new HvmonConfig(listen.with(address, listen.port(), listen.tls()), values, collection, hosts, security,
                logging, events, notifications, kerberos);
    }

    public HvmonConfig withValues(ValueStyle style) {
        return new HvmonConfig(listen, style, collection, hosts, security, logging, events, notifications, kerberos);
    }

    /**
     * The same config collecting every {@code interval}. A flag has no timeout counterpart, so a timeout longer than
     * the new interval is lowered to it rather than making the flag fail.
     */
    public HvmonConfig withInterval(Duration interval) {
        Duration timeout = collection.timeout().compareTo(interval) > 0 ? interval : collection.timeout();
        return new HvmonConfig(listen, values, new Collection(interval, timeout, collection.readyWhen()), hosts,
                security, logging, events, notifications, kerberos);
    }

    /** The same config with another readiness policy for {@code /readyz}. */
    public HvmonConfig withReadyWhen(ReadyWhen readyWhen) {
        return new HvmonConfig(listen, values, new Collection(collection.interval(), collection.timeout(), readyWhen),
                hosts, security, logging, events, notifications, kerberos);
    }

    /** The same config with other {@code events} settings. */
    public HvmonConfig withEvents(EventsConfig settings) {
        return new HvmonConfig(listen, values, collection, hosts, security, logging, settings, notifications, kerberos);
    }

    /** The same config with other {@code notify} settings. */
    public HvmonConfig withNotify(NotifyConfig settings) {
        return new HvmonConfig(listen, values, collection, hosts, security, logging, events, settings, kerberos);
    }

    /** The same config with other security settings. */
    public HvmonConfig withSecurity(SecurityConfig settings) {
        return new HvmonConfig(listen, values, collection, hosts, settings, logging, events, notifications, kerberos);
    }

    /** The same config serving https with this certificate. */
    public HvmonConfig withTls(ServerTls tls) {
        return new HvmonConfig(listen.with(listen.address(), listen.port(), Optional.of(tls)), values, collection,
                hosts, security, logging, events, notifications, kerberos);
    }

    /**
     * Where the HTTP server listens: an IP literal or host name (not resolved here), a port, the certificate when
     * it serves https, and how many connections it keeps in all and from one client address
     * ({@link ConnectionLimits}).
     */
    public record Listen(String address, int port, Optional<ServerTls> tls, int maxConnections,
                         int maxConnectionsPerClient) {

        public static final String DEFAULT_ADDRESS = "0.0.0.0";
        public static final int DEFAULT_PORT = 20501;
        static final Listen DEFAULT = new Listen(DEFAULT_ADDRESS, DEFAULT_PORT);

        public Listen {
            if (address == null || !AddressSyntax.isValid(address)) {
                throw new IllegalArgumentException("not an IP address or host name: " + address);
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
            }
            Objects.requireNonNull(tls, "tls");
            ConnectionLimits.DEFAULTS.withCounts(maxConnections, maxConnectionsPerClient); // checks the counts
        }

        /** With the default connection counts. */
        public Listen(String address, int port, Optional<ServerTls> tls) {
            this(address, port, tls, ConnectionLimits.DEFAULT_MAX_CONNECTIONS, ConnectionLimits.DEFAULT_MAX_PER_CLIENT);
        }

        public Listen(String address, int port) {
            this(address, port, Optional.empty());
        }

        /** Another address, port or certificate; the same connection counts. */
        Listen with(String address, int port, Optional<ServerTls> tls) {
            return new Listen(address, port, tls, maxConnections, maxConnectionsPerClient);
        }

        /** The HTTP server's connection limits: these counts, the default timeouts. */
        public ConnectionLimits connectionLimits() {
            return ConnectionLimits.DEFAULTS.withCounts(maxConnections, maxConnectionsPerClient);
        }
    }

    /**
     * How often each host is polled, how long one poll may take (never longer than the interval), and when
     * {@code /readyz} says ready.
     */
    public record Collection(Duration interval, Duration timeout, ReadyWhen readyWhen) {

        public static final long MAX_INTERVAL_SECONDS = 86_400;
        public static final long MAX_TIMEOUT_SECONDS = 3_600;
        public static final long DEFAULT_INTERVAL_SECONDS = 15;
        public static final long DEFAULT_TIMEOUT_SECONDS = 10;
        public static final ReadyWhen DEFAULT_READY_WHEN = ReadyWhen.ANY_HOST;
        static final Collection DEFAULT = new Collection(
                Duration.ofSeconds(DEFAULT_INTERVAL_SECONDS), Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));

        public Collection {
            Objects.requireNonNull(readyWhen, "readyWhen");
            requirePositiveAtMost(interval, MAX_INTERVAL_SECONDS, "interval");
            requirePositiveAtMost(timeout, MAX_TIMEOUT_SECONDS, "timeout");
            if (timeout.compareTo(interval) > 0) {
                throw new IllegalArgumentException("timeout " + timeout + " is longer than interval " + interval);
            }
        }

        /** With the default readiness policy. */
        public Collection(Duration interval, Duration timeout) {
            this(interval, timeout, DEFAULT_READY_WHEN);
        }

        private static void requirePositiveAtMost(Duration value, long maxSeconds, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofSeconds(maxSeconds)) > 0) {
                throw new IllegalArgumentException(what + " must be more than 0 and at most " + maxSeconds
                        + " s, got " + value);
            }
        }
    }
}
