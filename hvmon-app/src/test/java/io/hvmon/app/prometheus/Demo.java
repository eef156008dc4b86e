package io.hvmon.app.prometheus;

import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.DemoSources;
import io.hvmon.app.run.Monitor;
import io.hvmon.app.security.ApiKeyHash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * What {@code hvmon demo} runs — simulated hosts read over WS-Man with NTLM and message encryption, and the API — on
 * an ephemeral loopback port, with one API key required (as a scraped hvmon should be). Waits until every host has
 * been collected.
 */
final class Demo implements AutoCloseable {

    static final String KEY = "prometheus-test-key-0123456789-abcdefghij";

    private final DemoSources sources;
    private final Monitor monitor;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Demo(DemoSources sources, Monitor monitor) {
        this.sources = sources;
        this.monitor = monitor;
    }

    static Demo start(int hosts, int vms) throws Exception {
        HvmonConfig config = ConfigLoader.parse("""
                { "listen": { "address": "127.0.0.1" },
                  "collection": { "interval_seconds": 2, "timeout_seconds": 2, "ready_when": "all_hosts" },
                  "security": { "api_keys": [ { "name": "prometheus", "hash": "%s" } ] } }
                """.formatted(ApiKeyHash.of(KEY, new SecureRandom())), "prometheus test config").withListenPort(0);
        DemoSources sources = DemoSources.start(hosts, vms, 42, Duration.ofSeconds(2));
        Demo demo;
        try {
            demo = new Demo(sources, Monitor.start(config, sources.sources()));
        } catch (RuntimeException e) {
            sources.close();
            throw e;
        }
        demo.awaitReady(Duration.ofSeconds(60));
        return demo;
    }

    private void awaitReady(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (get("/readyz", null).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                close();
                throw new AssertionError("the demo's hosts were not all collected within " + limit);
            }
            Thread.sleep(200);
        }
    }

    /** host:port, as Prometheus' static_configs name a target. */
    String target() {
        return "127.0.0.1:" + monitor.port();
    }

    /** GET with the key; {@code accept} may be null. */
    HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + target() + path))
                .header("X-API-KEY", KEY).timeout(Duration.ofSeconds(10));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        monitor.close();
        sources.close();
    }
}
