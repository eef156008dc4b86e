package io.hvmon.simulator.wsman;

import io.hvmon.simulator.SimulatedCimSession;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.wsman.http.HttpLimits;
import io.hvmon.wsman.http.WireServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * A simulated Hyper-V host's WinRM endpoint: {@code POST /wsman} over http or https, speaking WS-Management as
 * Windows does, with authentication, message encryption and injectable faults.
 */
public final class WsManEndpoint implements AutoCloseable {

    /** WinRM's MaxConnections default. */
    static final int MAX_CONNECTIONS = 300;

    private final WireServer server;
    private final String host;
    private final boolean https;

    private WsManEndpoint(WireServer server, String host, boolean https) {
        this.server = server;
        this.host = host;
        this.https = https;
    }

    /** Serves {@code host} on {@code address} (port 0: any free port). */
    public static WsManEndpoint start(SimulatedHost host, InetSocketAddress address, EndpointOptions options)
            throws IOException {
        SimulatedCimSession session = new SimulatedCimSession(host);
        EnumerationContexts contexts = new EnumerationContexts(options.contextTtl(), 10_000, Clock.systemUTC());
        WsManService service = new WsManService(session, host.name(), contexts);
        WireServer server = WireServer.start(address, options.tls(),
                () -> new EndpointConnection(options, service, host.name()),
                HttpLimits.DEFAULT, Duration.ofSeconds(120), MAX_CONNECTIONS);
        return new WsManEndpoint(server, host.name(), options.tls() != null);
    }

    public int port() {
        return server.port();
    }

    /** The URL a client uses, on the loopback address given. */
    public URI url(String loopbackHost) {
        return URI.create((https ? "https" : "http") + "://" + loopbackHost + ":" + port() + "/wsman");
    }

    public String hostName() {
        return host;
    }

    @Override
    public void close() {
        server.close();
    }
}
