package io.hvmon.app.run;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.view.TimestampCheck;
import io.hvmon.app.view.VmView;
import io.hvmon.cim.CimException;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole app on an ephemeral loopback port: collector, store, HTTP, views. */
@Timeout(60)
class ApiEndToEndTest {

    private static final String VM = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final FakeCimSession host = new FakeCimSession()
            .answer("Msvm_SummaryInformation", List.of(Instances.summary(VM, "SQL01", 1),
                    Instances.summary("00000000-0000-4000-8000-000000000002", "WEB01", 0)))
            .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));
    private Monitor monitor;

    private void start(FakeCimSession session) {
        HvmonConfig config = HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(Duration.ofSeconds(1));
        monitor = Monitor.start(config, List.of(new HostSource("hv01", "fake host", () -> session)));
    }

    @AfterEach
    void stop() {
        host.release();
        if (monitor != null) {
            monitor.close();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void beforeTheFirstCollectionTheApiSays503WithRetryAfter() throws Exception {
        host.hang();
        start(host);
        awaitCondition(() -> !host.queries.isEmpty());

        HttpResponse<String> replicas = get("/hvm/replicas");
        assertThat(replicas.statusCode()).isEqualTo(503);
        assertThat(replicas.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(replicas.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.std.mapFrom(replicas.body())).containsEntry("status", 503)
                .containsEntry("title", "Service Unavailable").containsEntry("instance", "/hvm/replicas");
        assertThat(replicas.headers().firstValue("X-Hvmon-Stale")).hasValue("true");
        assertThat(replicas.headers().firstValue("X-Hvmon-Incomplete-Hosts")).hasValue("hv01");
        HttpResponse<String> ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(503);
        Map<String, Object> problem = JSON.std.mapFrom(ready.body());
        assertThat(problem.get("detail")).asString().isEqualTo("no host has fresh data (collection.ready_when is any_host)."
                + " Not fresh: hv01: the first collection is under way");
        assertThat(problem.get("not_fresh")).asString()
                .isEqualTo("[{name=hv01, reason=never_collected, last_success=null, error=null, error_kind=null}]");
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> host = get("/hvm/host");
        assertThat(JSON.std.mapFrom(host.body())).containsEntry("ready", false);
        assertThat(host.headers().firstValue("X-Hvmon-Incomplete-Hosts")).hasValue("hv01");
        assertThat(host.headers().firstValue("X-Hvmon-Collected-At")).isEmpty();
    }

    @Test
    void servesReplicasVmsAndHostOnceCollected() throws Exception {
        start(host);
        awaitCondition(() -> status("/readyz") == 200);

        HttpResponse<String> replicas = get("/hvm/replicas");
        assertThat(replicas.statusCode()).isEqualTo(200);
        assertThat(replicas.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(replicas.headers().firstValue("X-Hvmon-Collected-At")).isPresent();
        assertThat(replicas.headers().firstValue("Last-Modified")).isPresent();
        assertThat(replicas.headers().firstValue("X-Hvmon-Stale")).hasValue("false");
        assertThat(replicas.headers().firstValue("X-Hvmon-Incomplete-Hosts")).isEmpty();
        List<Object> rows = JSON.std.listFrom(replicas.body());
        assertThat(rows).hasSize(1);
        assertThat(List.copyOf(((Map<?, ?>) rows.getFirst()).keySet())).isEqualTo(VmView.REPLICA_KEYS);

        assertThat(JSON.std.listFrom(get("/hvm/vms").body())).hasSize(2);
        assertThat(JSON.std.mapFrom(get("/hvm/vms/" + VM.toLowerCase()).body())).containsEntry("name", "SQL01");
        // dot segments are refused outright (Gatekeeper), never resolved
        assertThat(JSON.std.mapFrom(get("/hvm/replicas/../vms/" + VM).body())).containsEntry("status", 400);
        Map<String, Object> hostJson = JSON.std.mapFrom(get("/hvm/host").body());
        assertThat(hostJson).containsEntry("name", "hv01").containsEntry("ready", true).containsEntry("stale", false)
                .containsEntry("computer_name", "HV01").containsEntry("vm_count", 2).containsEntry("replicated_vm_count", 1);
        assertThat(JSON.std.listFrom(get("/hvm/hosts").body())).hasSize(1);
        assertThat(get("/hvm/hosts/HV01").statusCode()).isEqualTo(200);
    }

    @Test
    void valuesParameterOverridesTheStyle() throws Exception {
        start(host);
        awaitCondition(() -> status("/readyz") == 200);
        assertThat(get("/hvm/replicas?values=numeric").body()).contains("\"state\":2");
        assertThat(get("/hvm/replicas?values=friendly").body()).contains("\"state\":\"Running\"");
        assertThat(get("/hvm/replicas").body()).contains("\"state\":\"running\"");

        HttpResponse<String> bad = get("/hvm/replicas?values=fancy");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.std.mapFrom(bad.body()).get("detail")).asString()
                .contains("compat, friendly, numeric").contains("'fancy'");
    }

    @Test
    void afterAFailedCollectionTheLastGoodDataIsServedMarkedStale() throws Exception {
        start(host);
        awaitCondition(() -> status("/readyz") == 200);
        String collectedAt = get("/hvm/replicas").headers().firstValue("X-Hvmon-Collected-At").orElseThrow();

        host.fail("Msvm_SummaryInformation", new CimException(CimException.Kind.UNREACHABLE, "connection refused"));
        awaitCondition(() -> header("/hvm/replicas", "X-Hvmon-Stale").equals("true"));

        HttpResponse<String> replicas = get("/hvm/replicas");
        assertThat(replicas.statusCode()).isEqualTo(200);
        assertThat(JSON.std.listFrom(replicas.body())).hasSize(1);
        assertThat(replicas.headers().firstValue("X-Hvmon-Collected-At")).hasValue(collectedAt);
        Map<String, Object> hostJson = JSON.std.mapFrom(get("/hvm/host").body());
        assertThat(hostJson).containsEntry("stale", true).containsEntry("error", "connection refused")
                .containsEntry("error_kind", "unreachable");
        assertThat(replicas.headers().firstValue("X-Hvmon-Incomplete-Hosts")).hasValue("hv01");

        // One host, stale: not fresh under either policy, and /readyz says since when and why.
        HttpResponse<String> ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(503);
        Map<String, Object> problem = JSON.std.mapFrom(ready.body());
        assertThat(problem.get("detail")).asString().startsWith("no host has fresh data")
                .contains("hv01: stale, last collected ").endsWith("; last error (unreachable): connection refused");
        Map<?, ?> gap = (Map<?, ?>) ((List<?>) problem.get("not_fresh")).getFirst();
        assertThat(gap.get("reason")).isEqualTo("stale");
        assertThat(gap.get("last_success")).isEqualTo(hostJson.get("last_success"));
        TimestampCheck.checkOne((String) gap.get("last_success"), "not_fresh[0].last_success");
    }

    @Test
    void errorsAreProblemsWithRealStatusCodes() throws Exception {
        start(host);
        awaitCondition(() -> status("/readyz") == 200);

        HttpResponse<String> unknownPath = get("/nope");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> unknownVm = get("/hvm/vms/not-a-vm");
        assertThat(unknownVm.statusCode()).isEqualTo(404);
        assertThat(JSON.std.mapFrom(unknownVm.body()).get("detail")).asString().contains("not-a-vm");

        HttpResponse<String> post = send("POST", "/hvm/replicas");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");

        HttpResponse<String> head = send("HEAD", "/hvm/replicas");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        assertThat(get("/hvm/hosts/other").statusCode()).isEqualTo(404);
        assertThat(get("/hvm/replicas?values=numeric&values=friendly").statusCode()).isEqualTo(400);
    }

    private int status(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private String header(String path, String name) {
        try {
            return get(path).headers().firstValue(name).orElse("");
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static void awaitCondition(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
