package io.hvmon.app.run;

import io.hvmon.simulator.fleet.SimulationProfile;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.WsManEndpoint;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.http.Traffic;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The demo's hosts: simulated WinRM endpoints on loopback, Windows defaults (Negotiate only, AllowUnencrypted false)
 * with random credentials, and a collector source for each that goes through the real remote path: NTLM and message
 * encryption over HTTP.
 */
public final class DemoSources implements AutoCloseable {

    static final String USER = "hvmon-demo";

    private final SimulatedEndpoints endpoints;
    private final List<HostSource> sources;

    private DemoSources(SimulatedEndpoints endpoints, List<HostSource> sources) {
        this.endpoints = endpoints;
        this.sources = sources;
    }

    public static DemoSources start(int hosts, int vms, long seed, Duration timeout) {
        return start(hosts, vms, seed, SimulationProfile.DEFAULT, timeout);
    }

    public static DemoSources start(int hosts, int vms, long seed, SimulationProfile profile, Duration timeout) {
        char[] password = randomPassword();
        SimulatedEndpoints endpoints = SimulatedEndpoints.start(hosts, vms, seed, profile, "127.0.0.1", 0,
                EndpointOptions.windowsDefaults(USER, password));
        List<HostSource> sources = endpoints.endpoints().stream().map(e -> source(e, password, timeout)).toList();
        return new DemoSources(endpoints, sources);
    }

    private static HostSource source(WsManEndpoint endpoint, char[] password, Duration timeout) {
        WsManSettings settings = WsManSettings.of(endpoint.url("127.0.0.1"), WsManSettings.AuthScheme.NEGOTIATE,
                endpoint.hostName() + "\\" + USER, password).withTimeouts(Duration.ofSeconds(5), timeout);
        Traffic traffic = new Traffic();
        return new HostSource(endpoint.hostName(), "simulated host over WS-Man " + endpoint.url("127.0.0.1")
                + " (negotiate, NTLM with message encryption)", () -> new WsManSession(settings, traffic), traffic);
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    public List<HostSource> sources() {
        return sources;
    }

    @Override
    public void close() {
        endpoints.close();
    }
}
