package io.hvmon.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.hyperv.SummaryInformationReader;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.WsManEndpoint;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Our WS-Man client against pywinrm, in one run, on one simulated Hyper-V host served on loopback with NTLM and WinRM
 * message encryption (a Windows Server default).
 *
 * <p>Our side: one {@link WsManSession} (one authenticated connection) does full enumerations of
 * Msvm_SummaryInformation, {@code SELECT *} and the projection {@link SummaryInformationReader} sends, after a
 * warm-up; wall time, the calling thread's CPU time and its allocated bytes are taken around each enumeration. The
 * simulated endpoint runs in this JVM on other threads: its cost is in the wall time of both sides but in neither
 * side's CPU figure. pywinrm's side: {@code pywinrm_bench.py} sends the same Enumerate/Pull envelopes (same WQL, same
 * MaxElements, same MaxEnvelopeSize) to the same endpoint and times its own loop (wall and its process's CPU time).
 *
 * <p>With {@code --endpoint process} the simulated endpoint runs in a JVM of its own ({@link EndpointProcess}): its
 * CPU no longer competes inside this JVM, and it is measured per round on its own (the endpoint process's CPU time).
 *
 * <p>Options (all optional): {@code --vms 1000 --reps 10 --warmup 30 --py-warmup 2 --max-elements 32000
 * --envelope 153600 --python /usr/bin/python3 --json FILE --only ours|pywinrm|both --endpoint jvm|process}.
 */
public final class EnumerationBench {

    static final String STAR = "SELECT * FROM " + SummaryInformationReader.CLASS;
    private static final String USER = "monitor";
    private static final String PASSWORD = "Bench-Pa55w0rd";

    private final Map<String, String> options;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private EnumerationBench(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: EnumerationBench [--vms N] [--reps R] [--warmup W] [--py-warmup W]"
                        + " [--max-elements N] [--envelope BYTES] [--python PATH] [--json FILE] [--only ours|pywinrm|both]"
                        + " [--endpoint jvm|process]");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        new EnumerationBench(options).run();
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    /**
     * One measured case: per-enumeration samples. cpuNs is the client's CPU time; otherCpuNs the CPU time of the rest
     * of this JVM meanwhile (the simulated endpoint, GC, JIT), for pywinrm one average over its whole run; allocBytes
     * is null where not measured, pulls -1; endpointCpuNs the endpoint process's CPU time (null when the endpoint runs
     * in this JVM; for pywinrm one average over its whole run).
     */
    record Case(String side, String query, String wql, int rows, int pulls, long[] wallNs, long[] cpuNs,
                long[] otherCpuNs, long[] allocBytes, long[] endpointCpuNs) {
    }

    /** Where the endpoint runs: null in this JVM, else the process. */
    private EndpointProcess endpointProcess;

    private void run() throws Exception {
        int vms = intOption("vms", 1000);
        int reps = intOption("reps", 10);
        int warmup = intOption("warmup", 30);
        int pyWarmup = intOption("py-warmup", 2);
        int maxElements = intOption("max-elements", 32_000);
        int envelope = intOption("envelope", 153_600); // pywinrm's fixed MaxEnvelopeSize; ours is set to match
        String only = options.getOrDefault("only", "both");
        String python = options.getOrDefault("python", "/usr/bin/python3");
        String projection = projectionWql();

        List<Case> cases = new ArrayList<>();
        String mode = options.getOrDefault("endpoint", "jvm");
        if (mode.equals("process")) {
            try (EndpointProcess process = EndpointProcess.start(PASSWORD, "--vms", String.valueOf(vms))) {
                endpointProcess = process;
                URI url = URI.create(process.urls().getFirst());
                System.out.printf(Locale.ROOT, "endpoint %s in its own JVM (pid %d)%n", url, process.pid());
                cases.addAll(both(url, vms, reps, warmup, pyWarmup, maxElements, envelope, only, python, projection));
            } finally {
                endpointProcess = null;
            }
        } else if (mode.equals("jvm")) {
            // A fixed clock: the host does not evolve between enumerations, so every round carries the same data.
            SimulatedHost host = new SimulatedHost("HV-BENCH01", vms, 42, Clock.fixed(EndpointProcess.FIXED, ZoneOffset.UTC));
            try (WsManEndpoint endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0),
                    EndpointOptions.windowsDefaults(USER, PASSWORD.toCharArray()))) {
                System.out.printf(Locale.ROOT, "endpoint %s in this JVM%n", endpoint.url("127.0.0.1"));
                cases.addAll(both(endpoint.url("127.0.0.1"), vms, reps, warmup, pyWarmup, maxElements, envelope, only,
                        python, projection));
            }
        } else {
            throw new IllegalArgumentException("--endpoint must be jvm or process, not " + mode);
        }
        report(cases, vms);
        if (options.containsKey("json")) {
            Files.writeString(Path.of(options.get("json")),
                    JSON.std.asString(json(cases, vms, maxElements, envelope, mode)));
        }
    }

    private List<Case> both(URI endpoint, int vms, int reps, int warmup, int pyWarmup, int maxElements, int envelope,
                            String only, String python, String projection) throws Exception {
        List<Case> cases = new ArrayList<>();
        String url = endpoint.toString();
        System.out.printf(Locale.ROOT, "endpoint %s: %d VMs, NTLM + message encryption; MaxElements %d,"
                + " MaxEnvelopeSize %d; %d measured rounds per case%n", url, vms, maxElements, envelope, reps);
        if (!only.equals("pywinrm")) {
            WsManSettings settings = WsManSettings.of(endpoint, WsManSettings.AuthScheme.NEGOTIATE,
                            USER, PASSWORD.toCharArray())
                    .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60))
                    .withBatch(envelope, maxElements);
            try (WsManSession session = new WsManSession(settings)) {
                cases.addAll(ours(session, vms, reps, warmup, projection));
            }
        }
        if (!only.equals("ours")) {
            Path dir = extractScripts();
            cases.add(pywinrm(python, dir, url, "SELECT *", STAR, maxElements, pyWarmup, reps, vms));
            cases.add(pywinrm(python, dir, url, "projection", projection, maxElements, pyWarmup, reps, vms));
        }
        return cases;
    }

    private long endpointCpu() throws IOException {
        return endpointProcess == null ? 0 : endpointProcess.cpuNanos();
    }

    /** The WQL SummaryInformationReader sends (its property list is package-private there: read, not copied). */
    static String projectionWql() throws ReflectiveOperationException {
        var field = SummaryInformationReader.class.getDeclaredField("PROPERTIES");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<String> properties = (List<String>) field.get(null);
        return "SELECT " + String.join(", ", properties) + " FROM " + SummaryInformationReader.CLASS;
    }

    private List<Case> ours(WsManSession session, int vms, int reps, int warmup, String projection) throws Exception {
        SummaryInformationReader reader = new SummaryInformationReader();
        // Warm-up: the first query authenticates the connection; the rest let the JIT compile the hot paths.
        for (int i = 0; i < warmup; i++) {
            check(session.query("root/virtualization/v2", i % 2 == 0 ? STAR : projection).size(), vms, "warm-up");
            check(reader.read(session).size(), vms, "warm-up");
        }
        List<Case> cases = new ArrayList<>();
        cases.add(measure("SELECT *", STAR, reps, vms, () -> session.query("root/virtualization/v2", STAR).size()));
        cases.add(measure("projection", projection, reps, vms,
                () -> session.query("root/virtualization/v2", projection).size()));
        cases.add(measure("projection + VmSummary mapping (SummaryInformationReader)", projection, reps, vms,
                () -> reader.read(session).size()));
        return cases;
    }

    interface Enumeration {
        int run() throws Exception;
    }

    private Case measure(String query, String wql, int reps, int vms, Enumeration enumeration) throws Exception {
        long thread = Thread.currentThread().threadId();
        long[] wall = new long[reps];
        long[] cpu = new long[reps];
        long[] alloc = new long[reps];
        long[] other = new long[reps];
        long[] endpoint = new long[reps];
        int rows = 0;
        for (int i = 0; i < reps; i++) {
            long e0 = endpointCpu();
            long p0 = OS.getProcessCpuTime();
            long a0 = threads.getThreadAllocatedBytes(thread);
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            rows = enumeration.run();
            wall[i] = System.nanoTime() - w0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            alloc[i] = threads.getThreadAllocatedBytes(thread) - a0;
            other[i] = OS.getProcessCpuTime() - p0 - cpu[i];
            endpoint[i] = endpointCpu() - e0;
            check(rows, vms, query);
        }
        return new Case("hvmon", query, wql, rows, -1, wall, cpu, other, alloc, endpointProcess == null ? null : endpoint);
    }

    private static void check(int rows, int vms, String what) {
        if (rows != vms) {
            throw new IllegalStateException(what + ": expected " + vms + " rows, got " + rows);
        }
    }

    private static Path extractScripts() throws IOException {
        Path dir = Files.createTempDirectory("hvmon-bench");
        dir.toFile().deleteOnExit();
        for (String name : List.of("pywinrm_bench.py", "openssl-legacy.cnf")) {
            try (InputStream in = EnumerationBench.class.getResourceAsStream("/bench/" + name)) {
                Path target = dir.resolve(name);
                Files.copy(in, target);
                target.toFile().deleteOnExit();
            }
        }
        return dir;
    }

    private Case pywinrm(String python, Path dir, String url, String query, String wql, int maxElements,
                                int warmup, int reps, int vms) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(python, dir.resolve("pywinrm_bench.py").toString());
        // MD4 (NTLM) is in OpenSSL 3's legacy provider only: pywinrm's ntlm-auth needs it switched on.
        builder.environment().putAll(Map.of("EP", url, "WSUSER", USER, "WSPASS", PASSWORD, "WQL", wql,
                "MAX_ELEMENTS", String.valueOf(maxElements), "WARMUP", String.valueOf(warmup),
                "REPS", String.valueOf(reps), "EXPECT", String.valueOf(vms),
                "OPENSSL_CONF", dir.resolve("openssl-legacy.cnf").toString()));
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        long p0 = OS.getProcessCpuTime();
        long e0 = endpointCpu();
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("pywinrm_bench.py failed: " + new String(out, StandardCharsets.UTF_8));
        }
        long endpointCpu = OS.getProcessCpuTime() - p0;
        long separateEndpointCpu = endpointCpu() - e0;
        String last = new String(out, StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElse("{}");
        Map<String, Object> result = JSON.std.mapFrom(last);
        long[] other = new long[reps];
        java.util.Arrays.fill(other, endpointCpu / (warmup + reps)); // the endpoint's work, averaged over every round
        long[] endpoint = null;
        if (endpointProcess != null) {
            endpoint = new long[reps];
            java.util.Arrays.fill(endpoint, separateEndpointCpu / (warmup + reps));
        }
        return new Case("pywinrm", query, wql, ((Number) result.get("count")).intValue(),
                ((Number) result.get("pulls")).intValue(), longs(result.get("wall_ns")), longs(result.get("cpu_ns")),
                other, null, endpoint);
    }

    private static long[] longs(Object list) {
        return ((List<?>) list).stream().mapToLong(v -> ((Number) v).longValue()).toArray();
    }

    private static void report(List<Case> cases, int vms) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-8s %-58s %10s %10s %12s %14s %16s %16s%n", "side", "query", "median ms",
                "min ms", "CPU µs/VM", "alloc KB/VM", "JVM rest µs/VM", "endpoint µs/VM");
        for (Case c : cases) {
            Stats wall = Stats.of(c.wallNs());
            Stats cpu = Stats.of(c.cpuNs());
            String alloc = c.allocBytes() == null ? "-"
                    : String.format(Locale.ROOT, "%.1f", Stats.of(c.allocBytes()).median() / vms / 1024);
            String endpoint = c.endpointCpuNs() == null ? "(in JVM rest)"
                    : String.format(Locale.ROOT, "%.1f", Stats.of(c.endpointCpuNs()).median() / vms / 1e3);
            System.out.printf(Locale.ROOT, "%-8s %-58s %10.1f %10.1f %12.1f %14s %16.1f %16s%n", c.side(), c.query(),
                    wall.median() / 1e6, wall.min() / 1e6, cpu.median() / vms / 1e3, alloc,
                    Stats.of(c.otherCpuNs()).median() / vms / 1e3, endpoint);
        }
        System.out.println();
        for (String query : List.of("SELECT *", "projection")) {
            Case ours = find(cases, "hvmon", query);
            Case theirs = find(cases, "pywinrm", query);
            if (ours != null && theirs != null) {
                System.out.printf(Locale.ROOT, "ratio pywinrm/hvmon, %-10s: wall (median) %.1fx, wall (min) %.1fx,"
                                + " client CPU (median) %.1fx  (target: >= 5x)%n", query,
                        Stats.of(theirs.wallNs()).median() / Stats.of(ours.wallNs()).median(),
                        Stats.of(theirs.wallNs()).min() / Stats.of(ours.wallNs()).min(),
                        Stats.of(theirs.cpuNs()).median() / Stats.of(ours.cpuNs()).median());
            }
        }
        System.out.println("hvmon CPU = the calling thread's CPU time (ThreadMXBean), allocations = its allocated bytes;"
                + " the simulated endpoint is counted in neither.");
        System.out.println("pywinrm CPU = the Python process's CPU time (time.process_time_ns).");
        System.out.println("JVM rest = CPU time of this JVM's other threads meanwhile: the simulated endpoint when it runs in"
                + " this JVM (the server side of every round, for both clients), GC and JIT; for pywinrm averaged over its"
                + " warm-up and measured rounds. endpoint = the endpoint process's CPU time (--endpoint process).");
    }

    private static Case find(List<Case> cases, String side, String query) {
        return cases.stream().filter(c -> c.side().equals(side) && c.query().equals(query)).findFirst().orElse(null);
    }

    private static Map<String, Object> json(List<Case> cases, int vms, int maxElements, int envelope, String mode) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("vms", vms);
        root.put("endpoint", mode);
        root.put("max_elements", maxElements);
        root.put("max_envelope_size", envelope);
        root.put("java", Runtime.version().toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Case c : cases) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("side", c.side());
            m.put("query", c.query());
            m.put("rows", c.rows());
            m.put("wall_ns", c.wallNs());
            m.put("cpu_ns", c.cpuNs());
            m.put("jvm_rest_cpu_ns", c.otherCpuNs());
            if (c.allocBytes() != null) {
                m.put("alloc_bytes", c.allocBytes());
            }
            if (c.endpointCpuNs() != null) {
                m.put("endpoint_cpu_ns", c.endpointCpuNs());
            }
            if (c.pulls() >= 0) {
                m.put("pulls", c.pulls());
            }
            list.add(m);
        }
        root.put("cases", list);
        return root;
    }

}
