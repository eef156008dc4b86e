package io.hvmon.app.run;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.view.TimestampCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every timestamp the API writes, on every endpoint and in every value style, is RFC 3339 in UTC with seconds and
 * exactly milliseconds: walked over the JSON of the demo's monitor (a simulated host over WS-Man), headers included.
 */
@Timeout(120)
class TimestampFormatTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static DemoSources demo;
    private static Monitor monitor;

    @BeforeAll
    static void startTheDemo() throws Exception {
        demo = DemoSources.start(1, 24, 42, Duration.ofSeconds(10));
        monitor = Monitor.start(HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(Duration.ofSeconds(30)), demo.sources());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (get("/readyz").statusCode() != 200) {
            assertThat(System.nanoTime()).as("ready within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
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

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port() + path))
                .timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every JSON path of the API, /hvm/vms/{id} for every VM. */
    private static List<String> everyPath() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/hvm/replicas", "/hvm/vms", "/hvm/host", "/hvm/hosts",
                "/healthz", "/readyz", "/hvm/vms/not-a-vm"));
        for (Object host : JSON.std.listFrom(get("/hvm/hosts").body())) {
            paths.add("/hvm/hosts/" + ((Map<?, ?>) host).get("name"));
        }
        for (Object vm : JSON.std.listFrom(get("/hvm/vms").body())) {
            paths.add("/hvm/vms/" + ((Map<?, ?>) vm).get("id"));
        }
        return paths;
    }

    @Test
    void everyDateTimeInEveryBodyAndStyleIsRfc3339UtcWithMilliseconds() throws Exception {
        Set<String> keys = new TreeSet<>();
        int answers = 0;
        for (String style : List.of("compat", "friendly", "numeric")) {
            for (String path : everyPath()) {
                HttpResponse<String> response = get(path + "?values=" + style);
                assertThat(response.headers().firstValue("Content-Type")).as(path).get().asString().contains("json");
                keys.addAll(TimestampCheck.check(JSON.std.anyFrom(response.body()), path + "?values=" + style));
                answers++;
            }
        }
        assertThat(answers).isGreaterThan(3 * 24);
        // The walk did meet every kind of timestamp the API writes: the collection's, the host's, the VMs'.
        assertThat(keys).contains("collected_at", "last_attempt", "last_success", "next_attempt", "last_boot_time",
                "creation_time", "last_replication_time", "last_apply_time", "oldest_checkpoint_time",
                "Msvm_SummaryInformation");
    }

    @Test
    void dataHeadersCarryRfc3339AndHttpDates() throws Exception {
        for (String path : List.of("/hvm/replicas", "/hvm/vms", "/hvm/host", "/hvm/hosts", "/hvm/hosts/HV-NODE01")) {
            HttpResponse<String> response = get(path);
            String collectedAt = response.headers().firstValue("X-Hvmon-Collected-At").orElseThrow();
            TimestampCheck.checkOne(collectedAt, path + " X-Hvmon-Collected-At");
            String lastModified = response.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(lastModified).as(path).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            assertThat(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                    .as("the same second as X-Hvmon-Collected-At")
                    .isEqualTo(java.time.Instant.parse(collectedAt).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
    }
}
