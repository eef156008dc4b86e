package io.hvmon.app.run;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.app.api.ReadyWhen;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.view.VmView;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A collector of three hosts over the wire, two of them failing: a simulated WinRM host that answers, a loopback port
 * nobody listens on, and one that accepts connections but never answers. What the good host has is served, and every
 * answer says which hosts are missing; {@code /readyz} follows {@code collection.ready_when}.
 */
@Timeout(120)
class IncompleteCollectionTest {

    private static final String GOOD = "HV-NODE01";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private Monitor monitor;

    @AfterEach
    void stop() throws Exception {
        if (monitor != null) {
            monitor.close();
        }
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }

    /** Starts the collector on the three hosts and waits until the good one has data and both others have failed. */
    private void startWithTwoFailingHosts(ReadyWhen policy) throws Exception {
        DemoSources good = DemoSources.start(1, 10, 42, Duration.ofSeconds(10));
        resources.add(good);
        int deadPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = probe.getLocalPort();
        }
        // Connections complete in the listen backlog without accept(): the request goes out, no answer comes back.
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        resources.add(silent);
        List<HostSource> sources = List.of(good.sources().getFirst(),
                remote("hv02", deadPort, "nobody listens"), remote("hv03", silent.getLocalPort(), "never answers"));
        // A long interval keeps the good host fresh while the test looks; the timeout bounds the silent host's poll.
        HvmonConfig listen = HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0);
        HvmonConfig config = new HvmonConfig(listen.listen(), listen.values(),
                new HvmonConfig.Collection(Duration.ofSeconds(30), Duration.ofSeconds(5), policy), List.of());
        monitor = Monitor.start(config, sources);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(ready(GOOD) && failed("hv02") && failed("hv03"))) {
            assertThat(System.nanoTime()).as("the good host collected and the others failed within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static HostSource remote(String name, int port, String what) {
        WsManSettings settings = WsManSettings.of(URI.create("http://127.0.0.1:" + port + "/wsman"),
                WsManSettings.AuthScheme.NEGOTIATE, "monitor", "Pa55word".toCharArray())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(10));
        return new HostSource(name, "loopback port that " + what, () -> new WsManSession(settings));
    }

    private boolean ready(String host) throws Exception {
        return Boolean.TRUE.equals(hostJson(host).get("ready"));
    }

    private boolean failed(String host) throws Exception {
        return hostJson(host).get("error") != null;
    }

    private Map<String, Object> hostJson(String host) throws Exception {
        return JSON.std.mapFrom(get("/hvm/hosts/" + host).body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port() + path))
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertFlaggedIncomplete(HttpResponse<String> response, String incompleteHosts) {
        assertThat(response.headers().firstValue("X-Hvmon-Stale")).as(response.uri().getPath()).hasValue("true");
        assertThat(response.headers().firstValue("X-Hvmon-Incomplete-Hosts")).as(response.uri().getPath())
                .hasValue(incompleteHosts);
    }

    @Test
    void dataEndpointsServeWhatExistsAndNameTheMissingHosts() throws Exception {
        startWithTwoFailingHosts(ReadyWhen.ANY_HOST);

        HttpResponse<String> replicas = get("/hvm/replicas");
        assertThat(replicas.statusCode()).isEqualTo(200);
        assertFlaggedIncomplete(replicas, "hv02, hv03");
        assertThat(replicas.headers().firstValue("X-Hvmon-Collected-At")).isPresent();
        List<Object> rows = JSON.std.listFrom(replicas.body());
        assertThat(rows).isNotEmpty().allSatisfy(row ->
                assertThat(List.copyOf(((Map<?, ?>) row).keySet())).isEqualTo(VmView.REPLICA_KEYS));

        HttpResponse<String> vms = get("/hvm/vms");
        assertThat(vms.statusCode()).isEqualTo(200);
        assertFlaggedIncomplete(vms, "hv02, hv03");
        List<Object> vmRows = JSON.std.listFrom(vms.body());
        assertThat(vmRows).hasSize(10);

        HttpResponse<String> hosts = get("/hvm/hosts");
        assertThat(hosts.statusCode()).isEqualTo(200);
        assertFlaggedIncomplete(hosts, "hv02, hv03");

        HttpResponse<String> dead = get("/hvm/hosts/hv02");
        assertThat(dead.statusCode()).isEqualTo(200);
        assertFlaggedIncomplete(dead, "hv02");
        assertThat(dead.headers().firstValue("X-Hvmon-Collected-At")).as("nothing was ever collected").isEmpty();
        assertThat(JSON.std.mapFrom(dead.body())).containsEntry("ready", false).containsEntry("error_kind", "unreachable");
        assertThat(hostJson("hv03")).containsEntry("ready", false).containsEntry("error_kind", "timeout");

        // One VM's answer is as fresh as its own host.
        String id = (String) ((Map<?, ?>) vmRows.getFirst()).get("id");
        HttpResponse<String> vm = get("/hvm/vms/" + id);
        assertThat(vm.statusCode()).isEqualTo(200);
        assertThat(vm.headers().firstValue("X-Hvmon-Stale")).hasValue("false");
        assertThat(vm.headers().firstValue("X-Hvmon-Incomplete-Hosts")).isEmpty();
        HttpResponse<String> goodHost = get("/hvm/hosts/" + GOOD);
        assertThat(goodHost.headers().firstValue("X-Hvmon-Stale")).hasValue("false");

        // "No such VM" cannot be certain while hosts were never read: still 404, but flagged and said.
        HttpResponse<String> unknown = get("/hvm/vms/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertFlaggedIncomplete(unknown, "hv02, hv03");
        assertThat(JSON.std.mapFrom(unknown.body()).get("detail")).asString()
                .contains("not searched: hv02, hv03 have not been collected yet");
    }

    @Test
    void readyWhenAnyHostIsFreshListsTheOthersAnyway() throws Exception {
        startWithTwoFailingHosts(ReadyWhen.ANY_HOST);

        HttpResponse<String> ready = get("/readyz");

        assertThat(ready.statusCode()).isEqualTo(200);
        Map<String, Object> body = JSON.std.mapFrom(ready.body());
        assertThat(body).containsEntry("status", "ready").containsEntry("ready_when", "any_host");
        assertThat(objects(body.get("not_fresh"))).extracting(h -> h.get("name")).containsExactly("hv02", "hv03");
    }

    @Test
    void readyWhenAllHostsAreFreshIs503NamingTheHostsAndTheirErrors() throws Exception {
        startWithTwoFailingHosts(ReadyWhen.ALL_HOSTS);

        HttpResponse<String> ready = get("/readyz");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ready.headers().firstValue("Retry-After")).isPresent();
        Map<String, Object> problem = JSON.std.mapFrom(ready.body());
        assertThat(problem).containsEntry("status", 503).containsEntry("instance", "/readyz")
                .containsEntry("ready_when", "all_hosts");
        assertThat(problem.get("detail")).asString().startsWith("not every host has fresh data")
                .contains("hv02: never collected; last error (unreachable): ")
                .contains("hv03: never collected; last error (timeout): ")
                .doesNotContain(GOOD);
        List<Map<String, Object>> notFresh = objects(problem.get("not_fresh"));
        assertThat(notFresh).hasSize(2);
        assertThat(notFresh.get(0)).containsEntry("name", "hv02").containsEntry("reason", "never_collected")
                .containsEntry("error_kind", "unreachable").containsEntry("last_success", null);
        assertThat(notFresh.get(1)).containsEntry("name", "hv03").containsEntry("error_kind", "timeout");
        assertThat(notFresh.get(1).get("error")).asString().isNotBlank();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object jsonArray) {
        return (List<Map<String, Object>>) jsonArray;
    }
}
