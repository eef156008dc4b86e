package io.hvmon.app.run;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.simulator.SimulatedCimSession;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.windows.wmi.ComWmiSession;
import io.hvmon.windows.wmi.FakeCom;
import io.hvmon.windows.wmi.WmiErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's whole path but JNA: the API served from local-WMI sessions ({@link ComWmiSession}) over the counting COM
 * fake, with Hyper-V present (a simulated host) and missing (what the Windows CI runner has).
 */
@Timeout(60)
class AgentPathTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Monitor monitor;

    private void start(FakeCom com) {
        HvmonConfig config = HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(Duration.ofSeconds(1));
        monitor = Monitor.start(config, List.of(new HostSource("HV-NODE01", "local WMI (COM)",
                () -> new ComWmiSession(com, Duration.ofSeconds(1), "local WMI (fake COM)"))));
    }

    @AfterEach
    void stop() {
        if (monitor != null) {
            monitor.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> awaitStatus(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        for (int i = 0; i < 200 && response.statusCode() != status; i++) {
            Thread.sleep(50);
            response = get(path);
        }
        return response;
    }

    @Test
    void servesTheHostsVmsFromLocalWmi() throws Exception {
        SimulatedHost host = new SimulatedHost("HV-NODE01", 12, 42, Clock.systemUTC());
        start(new FakeCom(new SimulatedCimSession(host)));
        assertThat(awaitStatus("/readyz", 200).statusCode()).isEqualTo(200);
        List<Object> vms = JSON.std.listFrom(get("/hvm/vms").body());
        assertThat(vms).hasSize(12);
        Map<String, Object> self = JSON.std.mapFrom(get("/hvm/host").body());
        assertThat(self).containsEntry("name", "HV-NODE01").containsEntry("source", "local WMI (COM)")
                .containsEntry("ready", true);
    }

    @Test
    void withoutHyperVTheAgentIsAliveButNotReadyAndSaysWhy() throws Exception {
        SimulatedHost host = new SimulatedHost("RUNNER", 1, 42, Clock.systemUTC());
        FakeCom com = new FakeCom(new SimulatedCimSession(host));
        com.connectFailures.put("root\\virtualization\\v2", WmiErrors.WBEM_E_INVALID_NAMESPACE);
        start(com);
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = awaitStatus("/readyz", -1); // poll until the first failure is recorded
        for (int i = 0; i < 200 && !ready.body().contains("Hyper-V"); i++) {
            Thread.sleep(50);
            ready = get("/readyz");
        }
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JSON.std.mapFrom(ready.body()).get("detail"))
                .contains("Hyper-V is not installed on this machine (no root\\virtualization\\v2)");
        Map<String, Object> status = JSON.std.mapFrom(get("/hvm/host").body());
        assertThat(status).containsEntry("ready", false).containsEntry("error_kind", "not_found");
    }
}
