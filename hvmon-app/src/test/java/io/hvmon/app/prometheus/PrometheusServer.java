package io.hvmon.app.prometheus;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server (Debian's), started for a test on loopback: a free port, a data directory of its own, the
 * configuration given; its HTTP API read with bounded waits; stopped (SIGTERM, then killed) by {@link #close}.
 */
final class PrometheusServer implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(30);

    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PrometheusServer(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts Prometheus with {@code config} (prometheus.yml's text) in {@code dir}, and waits until it is ready. */
    static PrometheusServer start(Path dir, String config) throws IOException, InterruptedException {
        Path configFile = dir.resolve("prometheus.yml");
        Files.writeString(configFile, config);
        int port = freePort();
        Path log = dir.resolve("prometheus.log");
        Process process = new ProcessBuilder(Tools.PROMETHEUS.toString(), "--config.file=" + configFile,
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn").directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        PrometheusServer server = new PrometheusServer(process, log, URI.create("http://127.0.0.1:" + port));
        try {
            server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("prometheus exited with " + process.exitValue() + ": " + log());
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("prometheus was not ready within " + START_LIMIT + ": " + log());
    }

    /** An instant query: the API's whole answer (status, data, warnings, error). */
    Map<String, Object> query(String promql) throws IOException, InterruptedException {
        return api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    /** An instant query's result vector (or scalar: then one element with the value). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> vector(String promql) throws IOException, InterruptedException {
        Map<String, Object> answer = query(promql);
        if (!"success".equals(answer.get("status"))) {
            throw new AssertionError(promql + ": " + answer);
        }
        Map<String, Object> data = (Map<String, Object>) answer.get("data");
        return "vector".equals(data.get("resultType")) ? (List<Map<String, Object>>) data.get("result") : List.of(data);
    }

    /** A GET of the HTTP API, as JSON. */
    Map<String, Object> api(String pathAndQuery) throws IOException, InterruptedException {
        return JSON.std.mapFrom(get(pathAndQuery).body());
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until {@code condition} holds, polling; fails with {@code what} and the server's log past the limit. */
    void await(String what, Duration limit, Check condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + limit + "; prometheus log: " + log());
            }
            Thread.sleep(250);
        }
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    private String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
