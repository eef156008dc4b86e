package io.hvmon.app.run;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static io.hvmon.app.run.ApiEndToEndTest.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caching headers, gzip and conditional requests through the real HTTP server on a loopback port, read with the JDK's
 * HttpClient (which neither decompresses nor caches by itself, so what it shows is what was sent).
 */
@Timeout(60)
class HttpCachingTest {

    private static final String VM = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final FakeCimSession host = new FakeCimSession()
            .answer("Msvm_SummaryInformation", List.of(Instances.summary(VM, "SQL01", 1),
                    Instances.summary("00000000-0000-4000-8000-000000000002", "WEB01", 0)))
            .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));
    private Monitor monitor;

    /** Starts on one host and waits for its first snapshot; a long interval keeps that snapshot while the test looks. */
    private void start(Duration interval) {
        HvmonConfig config = HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(interval);
        monitor = Monitor.start(config, List.of(new HostSource("hv01", "fake host", () -> host)));
        awaitCondition(() -> send("GET", "/readyz").statusCode() == 200);
    }

    @AfterEach
    void stop() {
        if (monitor != null) {
            monitor.close();
        }
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    @Test
    void gzipIsSentWhenAcceptedAndInflatesToThePlainBody() throws IOException {
        start(Duration.ofSeconds(30));

        HttpResponse<byte[]> plain = send("GET", "/hvm/vms");
        HttpResponse<byte[]> gzipped = send("GET", "/hvm/vms", "Accept-Encoding", "gzip, deflate");

        assertThat(plain.body().length).as("large enough to be gzipped").isGreaterThan(1024);
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(header(gzipped, "Content-Length")).isEqualTo(Integer.toString(gzipped.body().length));
        for (HttpResponse<byte[]> answer : List.of(plain, gzipped)) {
            assertThat(header(answer, "Vary")).isEqualTo("Accept-Encoding");
            assertThat(header(answer, "Content-Type")).isEqualTo("application/json; charset=utf-8");
        }
        assertThat(header(gzipped, "ETag")).isEqualTo(header(plain, "ETag").replaceAll("\"$", "-gz\""));
        for (String refusing : List.of("gzip;q=0", "identity", "br, *;q=0")) {
            HttpResponse<byte[]> answer = send("GET", "/hvm/vms", "Accept-Encoding", refusing);
            assertThat(header(answer, "Content-Encoding")).as(refusing).isNull();
            assertThat(answer.body()).as(refusing).isEqualTo(plain.body());
        }
    }

    @Test
    void ifNoneMatchWithTheCurrentTagIs304WithoutBodyButWithTheHeaders() {
        start(Duration.ofSeconds(30));
        HttpResponse<byte[]> full = send("GET", "/hvm/replicas");
        String tag = header(full, "ETag");
        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"");

        for (String field : List.of(tag, "W/" + tag, "\"stale-tag\", " + tag, "*")) {
            HttpResponse<byte[]> notModified = send("GET", "/hvm/replicas", "If-None-Match", field);
            assertThat(notModified.statusCode()).as(field).isEqualTo(304);
            assertThat(notModified.body()).as(field).isEmpty();
            assertThat(header(notModified, "ETag")).isEqualTo(tag);
            assertThat(header(notModified, "Vary")).isEqualTo("Accept-Encoding");
            for (String kept : List.of("X-Hvmon-Stale", "X-Hvmon-Collected-At", "Last-Modified", "Cache-Control")) {
                assertThat(header(notModified, kept)).as(kept).isEqualTo(header(full, kept));
            }
        }
        assertThat(send("GET", "/hvm/replicas", "If-None-Match", "\"stale-tag\"").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/hvm/replicas", "If-None-Match", tag, "Accept-Encoding", "gzip").statusCode())
                .as("one replica is under 1 KB: no gzip variant, the same representation").isEqualTo(304);
        String plainVms = header(send("GET", "/hvm/vms"), "ETag");
        assertThat(send("GET", "/hvm/vms", "If-None-Match", plainVms, "Accept-Encoding", "gzip").statusCode())
                .as("the gzip representation has its own tag").isEqualTo(200);
        assertThat(send("GET", "/hvm/vms/" + VM, "If-None-Match", header(send("GET", "/hvm/vms/" + VM), "ETag"))
                .statusCode()).isEqualTo(304);
    }

    @Test
    void ifModifiedSinceIsAnsweredWhenIfNoneMatchIsAbsent() {
        start(Duration.ofSeconds(30));
        String lastModified = header(send("GET", "/hvm/vms"), "Last-Modified");

        HttpResponse<byte[]> notModified = send("GET", "/hvm/vms", "If-Modified-Since", lastModified);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(send("GET", "/hvm/vms", "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/hvm/vms", "If-Modified-Since", lastModified, "If-None-Match", "\"other\"").statusCode())
                .as("If-None-Match decides when present").isEqualTo(200);
        assertThat(send("GET", "/hvm/hosts/hv01", "If-Modified-Since", lastModified).statusCode())
                .as("host status changes between snapshots: its Last-Modified is no validator").isEqualTo(200);
    }

    @Test
    void headAnswersWhatGetAnswersWithoutTheBody() {
        start(Duration.ofSeconds(30));

        for (String encoding : List.of("identity", "gzip")) {
            HttpResponse<byte[]> get = send("GET", "/hvm/vms", "Accept-Encoding", encoding);
            HttpResponse<byte[]> head = send("HEAD", "/hvm/vms", "Accept-Encoding", encoding);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(header(head, "Content-Length")).isEqualTo(Integer.toString(get.body().length));
            for (String name : List.of("ETag", "Vary", "Content-Type", "Content-Encoding", "Last-Modified",
                    "X-Hvmon-Stale", "Cache-Control")) {
                assertThat(header(head, name)).as(encoding + " " + name).isEqualTo(header(get, name));
            }
            HttpResponse<byte[]> conditional = send("HEAD", "/hvm/vms", "Accept-Encoding", encoding,
                    "If-None-Match", header(get, "ETag"));
            assertThat(conditional.statusCode()).isEqualTo(304);
        }
    }

    @Test
    void constantPagesAreTaggedToo() {
        start(Duration.ofSeconds(30));

        for (String path : List.of("/", "/healthz")) {
            HttpResponse<byte[]> page = send("GET", path);
            assertThat(header(page, "ETag")).as(path).isNotNull();
            assertThat(send("GET", path, "If-None-Match", header(page, "ETag")).statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void newDataGetsANewTagAndTheOldOneNoLongerMatches() {
        start(Duration.ofSeconds(1));
        String before = header(send("GET", "/hvm/vms"), "ETag");
        assertThat(send("GET", "/hvm/vms", "If-None-Match", before).statusCode()).isEqualTo(304);

        host.answer("Msvm_SummaryInformation", List.of(Instances.summary(VM, "SQL01-renamed", 1)));
        awaitCondition(() -> !before.equals(header(send("GET", "/hvm/vms"), "ETag")));

        HttpResponse<byte[]> after = send("GET", "/hvm/vms", "If-None-Match", before);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(new String(after.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("SQL01-renamed");
    }
}
