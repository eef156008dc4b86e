package io.hvmon.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.hyperv.HyperVReader;
import io.hvmon.model.HostSnapshot;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.http.Traffic;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one collection cycle costs on the wire, for issue 4's query budget: hosts of 24, 500 and 1,000 VMs served by
 * the simulator ({@link EndpointProcess}, its own JVM) over NTLM + WinRM message encryption, read by
 * {@link HyperVReader} through a {@link WsManSession} with its default settings (MaxEnvelopeSize 512,000), as the
 * collector does: one full cycle (fast and slow classes), then one fast cycle.
 *
 * <p>Per cycle: the calls the snapshot counts ({@link HostSnapshot#queries()}), HTTP requests, bytes sent and received
 * ({@link WsManSession#traffic()}, headers and bodies), and wall time. The session is authenticated before measuring
 * (the NTLM handshake, two more requests and ~1 KB, happens once per connection, not per cycle); each round uses a
 * fresh reader so its first cycle is a full one. Options: {@code --sizes 24,500,1000 --rounds 5 --warmup 5
 * --json FILE}.
 */
public final class QueryBudgetBench {

    private static final String PASSWORD = "Bench-Pa55w0rd";

    record Cycle(String kind, int queries, long requests, long sent, long received, long[] wallNs) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String sizes = options.getOrDefault("sizes", "24,500,1000");
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        Map<Integer, List<Cycle>> results = new LinkedHashMap<>();
        try (EndpointProcess endpoints = EndpointProcess.start(PASSWORD, "--hosts", sizes)) {
            for (String line : endpoints.urls()) {
                String[] parts = line.split(" ", 2);
                int vms = Integer.parseInt(parts[0]);
                results.put(vms, measure(URI.create(parts[1]), vms, rounds, warmup));
            }
        }
        System.out.printf(Locale.ROOT, "%n%-6s %-6s %8s %9s %12s %14s %12s %12s%n", "VMs", "cycle", "queries",
                "requests", "bytes sent", "bytes received", "wall median", "wall min");
        results.forEach((vms, cycles) -> cycles.forEach(c -> System.out.printf(Locale.ROOT,
                "%-6d %-6s %8d %9d %12d %14d %10.1f ms %9.1f ms%n", vms, c.kind(), c.queries(), c.requests(),
                c.sent(), c.received(), Stats.of(c.wallNs()).median() / 1e6, Stats.of(c.wallNs()).min() / 1e6)));
        System.out.println("NTLM + message encryption, session defaults (MaxEnvelopeSize 512000); the endpoint in its own"
                + " JVM; the NTLM handshake (2 requests) is per connection and not counted; " + rounds
                + " rounds after " + warmup + " warm-up rounds");
        if (options.containsKey("json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            results.forEach((vms, cycles) -> {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Cycle c : cycles) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("cycle", c.kind());
                    m.put("queries", c.queries());
                    m.put("requests", c.requests());
                    m.put("bytes_sent", c.sent());
                    m.put("bytes_received", c.received());
                    m.put("wall_ns", c.wallNs());
                    list.add(m);
                }
                root.put(String.valueOf(vms), list);
            });
            Files.writeString(Path.of(options.get("json")), JSON.std.asString(root));
        }
    }

    private static List<Cycle> measure(URI url, int vms, int rounds, int warmup) throws Exception {
        WsManSettings settings = WsManSettings.of(url, WsManSettings.AuthScheme.NEGOTIATE, EndpointProcess.USER,
                PASSWORD.toCharArray()).withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));
        long[][] wall = new long[2][rounds];
        long[][] figures = new long[2][4];
        try (WsManSession session = new WsManSession(settings)) {
            session.identify(); // authenticates the connection
            for (int i = 0; i < warmup + rounds; i++) {
                HyperVReader reader = new HyperVReader(Clock.systemUTC());
                for (int kind = 0; kind < 2; kind++) {
                    Traffic t = session.traffic();
                    long r0 = t.requests();
                    long s0 = t.bytesSent();
                    long b0 = t.bytesReceived();
                    long w0 = System.nanoTime();
                    HostSnapshot snapshot = reader.read("HV-BENCH-" + vms, session);
                    long w = System.nanoTime() - w0;
                    if (snapshot.vms().size() != vms || !snapshot.failures().isEmpty()) {
                        throw new IllegalStateException(vms + " VMs: got " + snapshot.vms().size()
                                + " VMs, failures " + snapshot.failures());
                    }
                    if (i >= warmup) {
                        wall[kind][i - warmup] = w;
                        figures[kind] = new long[] {snapshot.queries(), t.requests() - r0, t.bytesSent() - s0,
                                t.bytesReceived() - b0};
                    }
                }
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        for (int kind = 0; kind < 2; kind++) {
            long[] f = figures[kind];
            cycles.add(new Cycle(kind == 0 ? "full" : "fast", (int) f[0], f[1], f[2], f[3],
                    Arrays.copyOf(wall[kind], rounds)));
        }
        return cycles;
    }

    private QueryBudgetBench() {
    }
}
