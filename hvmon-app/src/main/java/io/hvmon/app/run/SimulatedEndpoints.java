package io.hvmon.app.run;

import io.hvmon.simulator.Simulator;
import io.hvmon.simulator.fleet.SimulatedFleet;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.fleet.SimulationProfile;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.WsManEndpoint;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated fleet served over WS-Management: one WinRM endpoint per host, on consecutive ports from a first port
 * (0: any free ports). Used by {@code hvmon simulate}, {@code hvmon demo} and {@code hvmon collect --simulated}.
 */
public final class SimulatedEndpoints implements AutoCloseable {

    public static final int MAX_VMS = 5_000;
    public static final int MAX_HOSTS = 500;

    private final List<WsManEndpoint> endpoints;

    private SimulatedEndpoints(List<WsManEndpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    public static SimulatedEndpoints start(int hosts, int vms, long seed, SimulationProfile profile, String address,
                                           int firstPort, EndpointOptions options) {
        SimulatedFleet fleet = Simulator.fleet(hosts, vms, seed, Clock.systemUTC(), profile);
        List<WsManEndpoint> started = new ArrayList<>();
        try {
            int i = 0;
            for (SimulatedHost host : fleet.hosts()) {
                int port = firstPort == 0 ? 0 : firstPort + i++;
                started.add(start(host, address, port, options));
            }
            return new SimulatedEndpoints(started);
        } catch (RuntimeException e) {
            started.forEach(WsManEndpoint::close);
            throw e;
        }
    }

    private static WsManEndpoint start(SimulatedHost host, String address, int port, EndpointOptions options) {
        try {
            return WsManEndpoint.start(host, new InetSocketAddress(address, port), options);
        } catch (BindException e) {
            throw new UserError(1, "cannot listen on " + address + ":" + port + " for simulated host " + host.name()
                    + ": " + e.getMessage() + " (choose another first port with --port)");
        } catch (IOException e) {
            throw new UserError(1, "cannot start the simulated host " + host.name() + ": " + e.getMessage());
        }
    }

    public List<WsManEndpoint> endpoints() {
        return endpoints;
    }

    @Override
    public void close() {
        endpoints.forEach(WsManEndpoint::close);
    }
}
