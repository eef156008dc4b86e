package io.hvmon.app.events;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.app.config.EventsConfig;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.config.NotifyConfig;
import io.hvmon.app.config.WebhookConfig;
import io.hvmon.app.config.WebhookFormat;
import io.hvmon.events.EventType;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import io.hvmon.app.config.SecurityConfig;
import io.hvmon.app.run.DemoSources;
import io.hvmon.app.run.HostSource;
import io.hvmon.app.run.Monitor;
import io.hvmon.app.security.ApiKey;
import io.hvmon.app.security.ApiKeyHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /hvm/events} over real HTTP from a running monitor. The host is a simulated one behind a switch: turned
 * off, its collections fail ({@code host_unreachable}); turned on again, it recovers ({@code host_recovered}). So the
 * events come through the whole path (poller, store, detector, log, stream), when the test decides.
 */
@Timeout(120)
class EventsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KEY = "k".repeat(43);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private Monitor monitor;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
        if (monitor != null) {
            monitor.close();
        }
    }

    private void start(SecurityConfig security, int maxSubscribers) throws Exception {
        start(security, maxSubscribers, NotifyConfig.NONE);
    }

    private void start(SecurityConfig security, int maxSubscribers, NotifyConfig notify) throws Exception {
        // No VMs: the simulated ones change by themselves, and these tests need to know every event's id.
        DemoSources demo = DemoSources.start(1, 0, 42, Duration.ofSeconds(10));
        resources.add(demo);
        HostSource real = demo.sources().getFirst();
        HostSource switched = new HostSource("hv01", "simulated host behind a switch",
                () -> new SwitchedSession(real.sessions().open(), down));
        HvmonConfig config = HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(Duration.ofSeconds(1)).withSecurity(security)
                .withEvents(new EventsConfig(100, maxSubscribers, null, null)).withNotify(notify);
        monitor = Monitor.start(config, List.of(switched));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (get("/readyz", security.apiKeys().isEmpty() ? Map.of() : Map.of("X-API-KEY", KEY)).statusCode() != 200) {
            assertThat(System.nanoTime()).as("collected within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Turns the host off until its failure is an event, then on until it has recovered: events 1 and 2. */
    private void outage() throws Exception {
        down.set(true);
        awaitEvents(1);
        down.set(false);
        awaitEvents(2);
    }

    private void awaitEvents(long lastId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (monitor.events().lastId() < lastId) {
            assertThat(System.nanoTime()).as("event " + lastId + " within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private SseClient subscribe(String pathAndQuery, Map<String, String> headers) throws Exception {
        SseClient client = new SseClient(monitor.port(), pathAndQuery, headers);
        resources.add(client);
        return client;
    }

    private HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port()
                + pathAndQuery)).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStreamReceivesEventsAsTheyHappen() throws Exception {
        start(SecurityConfig.NONE, 4);
        SseClient client = subscribe("/hvm/events", Map.of());
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.header("Content-Type")).startsWith("text/event-stream");
        assertThat(client.header("X-Content-Type-Options")).as("security headers").isEqualTo("nosniff");

        outage();

        SseClient.Event unreachable = client.next(WAIT);
        assertThat(unreachable.id()).isEqualTo("1");
        assertThat(unreachable.type()).isEqualTo("host_unreachable");
        assertThat(unreachable.data()).startsWith("{\"id\":1,\"time\":\"").contains(
                "\"host\":\"hv01\",\"vm_id\":null,\"vm_name\":null,\"type\":\"host_unreachable\",\"old\":{\"friendly\":"
                        + "\"reachable\",\"numeric\":null},\"new\":{\"friendly\":\"switched off by the test\",\"numeric\":null}}");
        Map<String, Object> json = JSON.std.mapFrom(unreachable.data());
        assertThat(json.keySet()).containsExactly("id", "time", "host", "vm_id", "vm_name", "type", "old", "new");
        assertThat((String) json.get("time")).matches(io.hvmon.model.Timestamps.PATTERN);
        SseClient.Event recovered = client.next(WAIT);
        assertThat(recovered.id()).isEqualTo("2");
        assertThat(recovered.type()).isEqualTo("host_recovered");
    }

    @Test
    void resumesAfterLastEventIdFromTheHeaderOrTheQuery() throws Exception {
        start(SecurityConfig.NONE, 4);
        outage();

        SseClient header = subscribe("/hvm/events", Map.of("Last-Event-ID", "1"));
        assertThat(header.next(WAIT)).extracting(SseClient.Event::id, SseClient.Event::type)
                .containsExactly("2", "host_recovered");
        SseClient query = subscribe("/hvm/events?last_event_id=0", Map.of());
        assertThat(query.next(WAIT).id()).isEqualTo("1");
        SseClient restarted = subscribe("/hvm/events", Map.of("Last-Event-ID", "99999"));
        assertThat(restarted.next(WAIT).id()).as("an id from before a restart: everything kept").isEqualTo("1");
    }

    @Test
    void filtersByTypeHostAndVm() throws Exception {
        start(SecurityConfig.NONE, 8);
        outage();

        assertThat(subscribe("/hvm/events?last_event_id=0&type=host_recovered,vm_state", Map.of()).next(WAIT).id())
                .isEqualTo("2");
        assertThat(subscribe("/hvm/events?last_event_id=0&host=HV01", Map.of()).next(WAIT).id()).isEqualTo("1");
        SseClient otherHost = subscribe("/hvm/events?last_event_id=0&host=hv02", Map.of());
        SseClient someVm = subscribe("/hvm/events?last_event_id=0&vm=NO-SUCH-VM", Map.of());
        assertThat(otherHost.next(Duration.ofMillis(300))).isNull();
        assertThat(someVm.next(Duration.ofMillis(300))).as("host events have no VM").isNull();

        HttpResponse<String> unknown = get("/hvm/events?type=vm_state,vm_exploded", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("vm_exploded").contains("vm_state, vm_health");
    }

    @Test
    void theHistoryAsJsonForPollingClients() throws Exception {
        start(SecurityConfig.NONE, 4);
        outage();

        HttpResponse<String> all = get("/hvm/events?format=json", Map.of());
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        List<Object> events = JSON.std.listFrom(all.body());
        List<Object> types = events.stream().limit(2).map(event -> (Object) ((Map<?, ?>) event).get("type")).toList();
        assertThat(types).containsExactly("host_unreachable", "host_recovered");
        Object firstAfter1 = ((Map<?, ?>) JSON.std.listFrom(get("/hvm/events?format=json&since=1", Map.of()).body())
                .getFirst()).get("id");
        assertThat(firstAfter1).isEqualTo(2);
        assertThat(JSON.std.listFrom(get("/hvm/events?format=json&type=host_unreachable", Map.of()).body()))
                .hasSize(1);
        Object firstAfterRestart = ((Map<?, ?>) JSON.std.listFrom(get("/hvm/events?format=json&since=99999",
                Map.of()).body()).getFirst()).get("id");
        assertThat(firstAfterRestart).as("an id from before a restart: everything kept").isEqualTo(1);
        assertThat(get("/hvm/events?format=json&since=abc", Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void subscribersBeyondTheCapGet503AndASlotComesBackWhenOneLeaves() throws Exception {
        start(SecurityConfig.NONE, 2);
        SseClient first = subscribe("/hvm/events", Map.of());
        SseClient second = subscribe("/hvm/events", Map.of());
        assertThat(List.of(first.status(), second.status())).containsOnly(200);

        HttpResponse<String> third = get("/hvm/events", Map.of());
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(third.body()).contains("events.max_subscribers");
        assertThat(get("/hvm/vms", Map.of()).statusCode()).as("other requests are not held up").isEqualTo(200);

        first.close();
        outage(); // a write to the closed stream fails, which ends it and frees its place
        long deadline = System.nanoTime() + WAIT.toNanos();
        int status;
        while ((status = subscribe("/hvm/events", Map.of()).status()) != 200) {
            assertThat(status).isEqualTo(503);
            assertThat(System.nanoTime()).as("a place within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void aConfiguredWebhookGetsTheEventsAndItsStatusIsServed() throws Exception {
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        resources.add(() -> receiver.stop(0));
        WebhookConfig hook = new WebhookConfig(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hook"), EnumSet.of(EventType.HOST_UNREACHABLE), WebhookFormat.JSON, Optional.empty(), true,
                Duration.ofSeconds(5));
        start(SecurityConfig.NONE, 4, new NotifyConfig(List.of(hook)));
        outage();

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (received.isEmpty()) {
            assertThat(System.nanoTime()).as("delivered within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(received.getFirst()).startsWith("{\"id\":1,").contains("\"type\":\"host_unreachable\"");
        Map<String, Object> status = JSON.std.mapFrom(get("/hvm/notify", Map.of()).body());
        assertThat(status.get("webhooks").toString()).contains("name=notify.webhooks[0]", "format=json",
                "target=http://127.0.0.1:" + receiver.getAddress().getPort() + ",");
    }

    @Test
    void anApiKeyIsNeededWhenKeysAreConfigured() throws Exception {
        SecurityConfig keys = new SecurityConfig(List.of(new ApiKey("sse", ApiKeyHash.of(KEY, new SecureRandom()))),
                List.of(), Optional.empty(), List.of());
        start(keys, 4);
        assertThat(new SseClient(monitor.port(), "/hvm/events", Map.of()).status()).isEqualTo(401);
        SseClient withHeader = subscribe("/hvm/events", Map.of("X-API-KEY", KEY));
        SseClient withBearer = subscribe("/hvm/events", Map.of("Authorization", "Bearer " + KEY));
        assertThat(List.of(withHeader.status(), withBearer.status())).containsOnly(200);
        outage();
        assertThat(withBearer.next(WAIT).type()).isEqualTo("host_unreachable");
    }
}
