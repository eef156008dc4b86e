package io.hvmon.bench;

import io.hvmon.app.api.ApiRoutes;
import io.hvmon.app.api.Freshness;
import io.hvmon.app.api.ReadyWhen;
import io.hvmon.app.http.HttpApi;
import io.hvmon.app.http.RequestHeaders;
import io.hvmon.app.http.Response;
import io.hvmon.app.http.Router;
import io.hvmon.app.metrics.MetricsFormat;
import io.hvmon.app.metrics.MetricsInput;
import io.hvmon.app.metrics.MetricsView;
import io.hvmon.app.metrics.SelfFacts;
import io.hvmon.app.metrics.WireTraffic;
import io.hvmon.app.view.ValueStyle;
import io.hvmon.collect.Schedule;
import io.hvmon.collect.SnapshotStore;
import io.hvmon.hyperv.HyperVReader;
import io.hvmon.model.HostSnapshot;
import io.hvmon.simulator.Simulator;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /metrics} of one simulated host of {@code --vms} VMs (default 1,000), on one thread, no timing asserted:
 * <ol>
 *   <li><b>first render</b> — the first scrape after a new snapshot: the router builds the metric families, writes
 *       them, gzips and hashes the body (a new snapshot is recorded before every round), per format; also the parts
 *       alone (families, writing);</li>
 *   <li><b>from cache</b> — the scrapes after it: the router's whole answer (negotiation, cache lookup, headers),
 *       in process;</li>
 *   <li><b>over HTTP</b> — the same through hvmon's HTTP server on loopback, as a scraper sees it: from sending the
 *       request to the last byte of the gzip body, with the JDK's HTTP client on the same machine.</li>
 * </ol>
 * Options: {@code --vms 1000 --rounds 30 --warmup 30 --cached 2000 --http 300}.
 */
public final class MetricsBench {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int vms = Integer.parseInt(options.getOrDefault("vms", "1000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        int cached = Integer.parseInt(options.getOrDefault("cached", "2000"));
        int httpRequests = Integer.parseInt(options.getOrDefault("http", "300"));
        Logger.getLogger("io.hvmon").setLevel(Level.WARNING); // no access log line per request

        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        HostSnapshot snapshot = new HyperVReader(clock).read("hv-bench01",
                Simulator.session(Simulator.host("HV-BENCH01", vms, 42, clock)));
        SnapshotStore store = new SnapshotStore();
        store.register("hv-bench01", "simulated");
        store.recordSuccess(snapshot, T0.plusSeconds(15));
        Router router = ApiRoutes.router(store, new Freshness(new Schedule(Duration.ofSeconds(15),
                Duration.ofSeconds(10)), clock), ValueStyle.COMPAT, ReadyWhen.ANY_HOST, new WireTraffic());

        MetricsInput input = new MetricsInput(store.hosts(), Set.of(), SelfFacts.read(new WireTraffic()));
        long points = MetricsView.snapshots(input).stream().mapToLong(f -> f.getDataPoints().size()).sum();
        System.out.printf(Locale.ROOT, "MetricsBench: %d VMs, %d data points (a state set's counts one per thing),"
                + " Java %s, heap limit %d MB%n", vms, points, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        for (String accept : new String[] {null, OPENMETRICS}) {
            byte[] gzip = scrape(router, accept).body();
            byte[] identity = identity(router, accept).body();
            System.out.printf(Locale.ROOT, "  %-11s %,d bytes, gzip %,d bytes, %,d samples%n",
                    accept == null ? "text" : "OpenMetrics", identity.length, gzip.length,
                    new String(identity, java.nio.charset.StandardCharsets.UTF_8).lines()
                            .filter(l -> !l.startsWith("#")).count());
        }

        System.out.println("\n1. first render after a new snapshot (families + writing + gzip + hash), ms");
        for (String accept : new String[] {null, OPENMETRICS}) {
            double[] ms = new double[rounds];
            for (int i = -warmup; i < rounds; i++) {
                store.recordSuccess(snapshot, T0.plusSeconds(15)); // a new generation: the next scrape renders
                long start = System.nanoTime();
                Response answer = scrape(router, accept);
                long took = System.nanoTime() - start;
                check(answer);
                if (i >= 0) {
                    ms[i] = took / 1e6;
                }
            }
            print(accept == null ? "text" : "OpenMetrics", Stats.of(ms), "ms");
        }
        double[] build = new double[rounds];
        double[] write = new double[rounds];
        for (int i = -warmup; i < rounds; i++) {
            long start = System.nanoTime();
            MetricSnapshots built = MetricsView.snapshots(input);
            long middle = System.nanoTime();
            MetricsFormat.TEXT.write(built, java.io.OutputStream.nullOutputStream());
            long end = System.nanoTime();
            if (i >= 0) {
                build[i] = (middle - start) / 1e6;
                write[i] = (end - middle) / 1e6;
            }
        }
        print("  of which: families", Stats.of(build), "ms");
        print("  of which: writing (text)", Stats.of(write), "ms");

        System.out.println("\n2. from cache, in process (the router's whole answer), µs");
        for (String accept : new String[] {null, OPENMETRICS}) {
            double[] us = new double[cached];
            for (int i = -cached; i < cached; i++) {
                long start = System.nanoTime();
                Response answer = scrape(router, accept);
                long took = System.nanoTime() - start;
                check(answer);
                if (i >= 0) {
                    us[i] = took / 1e3;
                }
            }
            print(accept == null ? "text" : "OpenMetrics", Stats.of(us), "µs");
        }

        System.out.println("\n3. from cache over HTTP on loopback, gzip (request sent to last byte read), ms");
        try (HttpApi http = HttpApi.start(new InetSocketAddress("127.0.0.1", 0), router)) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://127.0.0.1:" + http.port() + "/metrics");
            for (String accept : new String[] {null, OPENMETRICS}) {
                double[] ms = new double[httpRequests];
                long bytes = 0;
                for (int i = -httpRequests; i < httpRequests; i++) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip");
                    if (accept != null) {
                        request.header("Accept", accept);
                    }
                    long start = System.nanoTime();
                    HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("/metrics answered " + answer.statusCode());
                    }
                    bytes = answer.body().length;
                    if (i >= 0) {
                        ms[i] = took / 1e6;
                    }
                }
                print((accept == null ? "text" : "OpenMetrics") + " (" + String.format(Locale.ROOT, "%,d", bytes)
                        + " bytes)", Stats.of(ms), "ms");
                double[] sorted = ms.clone();
                java.util.Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "    p90 %.2f ms, p99 %.2f ms%n", sorted[(int) (sorted.length * 0.9)],
                        sorted[(int) (sorted.length * 0.99)]);
            }
        }
    }

    private static Response scrape(Router router, String accept) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept-Encoding", List.of("gzip"));
        if (accept != null) {
            headers.put("Accept", List.of(accept));
        }
        return router.route("GET", "/metrics", null, RequestHeaders.of(headers));
    }

    private static Response identity(Router router, String accept) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (accept != null) {
            headers.put("Accept", List.of(accept));
        }
        return router.route("GET", "/metrics", null, RequestHeaders.of(headers));
    }

    private static void check(Response answer) {
        if (answer.status() != 200 || !"gzip".equals(answer.headers().get("Content-Encoding"))) {
            throw new IllegalStateException("/metrics answered " + answer.status() + " " + answer.headers());
        }
    }

    private static void print(String what, Stats stats, String unit) {
        System.out.printf(Locale.ROOT, "  %-34s median %8.2f %s  (min %.2f, max %.2f; %d rounds)%n", what,
                stats.median(), unit, stats.min(), stats.max(), stats.count());
    }
}
