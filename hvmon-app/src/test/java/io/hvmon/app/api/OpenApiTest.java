package io.hvmon.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.DemoSources;
import io.hvmon.app.run.Monitor;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /openapi.json} is a valid OpenAPI 3.1 document (swagger-parser), describes every endpoint, and the demo's
 * real answers — every endpoint, every value style, the errors — are valid against its schemas.
 */
@Timeout(120)
class OpenApiTest {

    private static final List<String> STYLES = List.of("compat", "friendly", "numeric");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static DemoSources demo;
    private static Monitor monitor;
    private static OpenApiSchemas spec;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoSources.start(1, 24, 42, Duration.ofSeconds(10));
        HvmonConfig config = HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(Duration.ofSeconds(2));
        monitor = Monitor.start(config, demo.sources());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (get("/readyz").statusCode() != 200) {
            assertThat(System.nanoTime()).as("the demo host collected within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        HttpResponse<byte[]> document = get("/openapi.json");
        assertThat(document.statusCode()).isEqualTo(200);
        spec = new OpenApiSchemas(document.body());
    }

    @AfterAll
    static void stop() {
        if (monitor != null) {
            monitor.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void isAValidOpenApi31DocumentThatSwaggerParserReads() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(
                new String(get("/openapi.json").body(), StandardCharsets.UTF_8), null, options);
        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths().keySet()).containsExactlyInAnyOrder("/", "/hvm/replicas", "/hvm/vms",
                "/hvm/vms/{id}", "/hvm/host", "/hvm/hosts", "/hvm/hosts/{name}", "/hvm/events", "/hvm/notify", "/metrics", "/healthz",
                "/readyz", "/openapi.json");
        assertThat(result.getOpenAPI().getComponents().getSecuritySchemes()).containsOnlyKeys("apiKey", "bearer");
    }

    @Test
    void isServedOnceWithAnETagLikeTheStartPage() throws Exception {
        HttpResponse<byte[]> first = get("/openapi.json");
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port()
                + "/openapi.json")).header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void theDemosAnswersInEveryStyleAreValid() throws Exception {
        JsonNode vms = OpenApiSchemas.MAPPER.readTree(get("/hvm/vms").body());
        String vmId = vms.get(0).get("id").asText();
        String hostName = OpenApiSchemas.MAPPER.readTree(get("/hvm/host").body()).get("name").asText();
        List<String> problems = new ArrayList<>();
        for (String style : STYLES) {
            String cap = Character.toUpperCase(style.charAt(0)) + style.substring(1);
            String hostSchema = style.equals("friendly") ? "HostNames" : "HostCodes";
            check(problems, "/hvm/replicas", "?values=" + style, 200, "application/json", "Replica" + cap, true);
            check(problems, "/hvm/vms", "?values=" + style, 200, "application/json", "Vm" + cap, true);
            check(problems, "/hvm/vms/{id}", "?values=" + style, 200, "application/json", "VmDetails" + cap, false, vmId);
            check(problems, "/hvm/host", "?values=" + style, 200, "application/json", hostSchema, false);
            check(problems, "/hvm/hosts", "?values=" + style, 200, "application/json", hostSchema, true);
            check(problems, "/hvm/hosts/{name}", "?values=" + style, 200, "application/json", hostSchema, false, hostName);
        }
        check(problems, "/hvm/vms", "", 200, "application/json", "VmCompat", true);
        check(problems, "/healthz", "", 200, "application/json", null, false);
        check(problems, "/readyz", "", 200, "application/json", "Ready", false);
        check(problems, "/hvm/notify", "", 200, "application/json", null, false);
        check(problems, "/hvm/vms/{id}", "", 404, "application/problem+json", "Problem", false, "no-such-vm");
        check(problems, "/hvm/hosts/{name}", "", 404, "application/problem+json", "Problem", false, "no-such-host");
        check(problems, "/hvm/vms", "?values=fancy", 400, "application/problem+json", "Problem", false);
        assertThat(problems).as("answers that do not match /openapi.json").isEmpty();
    }

    @Test
    void theSchemasTellTheStylesApart() throws Exception {
        JsonNode friendly = OpenApiSchemas.MAPPER.readTree(get("/hvm/vms?values=friendly").body()).get(0);
        assertThat(spec.validate(spec.named("VmFriendly"), friendly)).isEmpty();
        assertThat(spec.validate(spec.named("VmNumeric"), friendly)).isNotEmpty();
        assertThat(spec.validate(spec.named("VmCompat"), friendly)).isNotEmpty();
        JsonNode replica = OpenApiSchemas.MAPPER.readTree(get("/hvm/replicas").body()).get(0);
        assertThat(spec.validate(spec.named("ReplicaCompat"), replica)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) replica).put("host", "hv01");
        assertThat(spec.validate(spec.named("ReplicaCompat"), replica)).as("a 24th key").isNotEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) replica).remove("host");
        ((com.fasterxml.jackson.databind.node.ObjectNode) replica).putNull("state");
        assertThat(spec.validate(spec.named("ReplicaCompat"), replica)).as("compat never writes null").isNotEmpty();
    }

    /**
     * GETs a path (its {@code {…}} replaced by {@code variable}), checks the status and content type, validates the
     * body against the schema the document declares for it and, when named, against that style's own schema
     * ({@code each}: against each item of the array), and the freshness headers against theirs.
     */
    private static void check(List<String> problems, String path, String query, int status, String mediaType,
                              String named, boolean each, String... variable) throws Exception {
        String concrete = variable.length == 0 ? path : path.replaceAll("\\{[a-z]+}", variable[0]);
        HttpResponse<byte[]> answer = get(concrete + query);
        String where = "GET " + concrete + query;
        assertThat(answer.statusCode()).as(where).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(where).startsWith(mediaType);
        JsonNode body = OpenApiSchemas.MAPPER.readTree(answer.body());
        spec.validate(spec.responseSchema(path, status, mediaType), body)
                .forEach(e -> problems.add(where + " (declared schema): " + e));
        if (named != null) {
            for (JsonNode instance : each ? iterate(body) : List.of(body)) {
                spec.validate(spec.named(named), instance).forEach(e -> problems.add(where + " (" + named + "): " + e));
            }
        }
        answer.headers().firstValue("X-Hvmon-Collected-At").ifPresent(at -> spec.validate(spec.named("Timestamp"),
                OpenApiSchemas.MAPPER.getNodeFactory().textNode(at)).forEach(e -> problems.add(where + " header: " + e)));
    }

    private static List<JsonNode> iterate(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        assertThat(items).isNotEmpty();
        return items;
    }

    @Test
    void metricsAnswerInADeclaredContentType() throws Exception {
        Set<String> declared = new TreeSet<>();
        spec.document().at("/paths/~1metrics/get/responses/200/content").fieldNames().forEachRemaining(declared::add);
        assertThat(declared).contains(get("/metrics").headers().firstValue("Content-Type").orElseThrow());
    }

    /**
     * {@code /hvm/events} was described from its contract while it was built on another branch: its JSON form must
     * match once the simulated host has changed (values evolve every 10 s; the host is polled every 2 s here). The
     * stream's content type is checked too, and an unknown type name is a 400 problem.
     */
    @Test
    void eventsMatchTheirSchema() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode events;
        do {
            Thread.sleep(500);
            HttpResponse<byte[]> answer = get("/hvm/events?format=json");
            assertThat(answer.statusCode()).isEqualTo(200);
            events = OpenApiSchemas.MAPPER.readTree(answer.body());
        } while (events.isEmpty() && System.nanoTime() < deadline);
        assertThat(events).as("events within 60 s").isNotEmpty();
        assertThat(spec.validate(spec.responseSchema("/hvm/events", 200, "application/json"), events)).isEmpty();
        HttpResponse<byte[]> bad = get("/hvm/events?format=json&type=nope");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(spec.validate(spec.responseSchema("/hvm/events", 400, "application/problem+json"),
                OpenApiSchemas.MAPPER.readTree(bad.body()))).isEmpty();
    }
}
