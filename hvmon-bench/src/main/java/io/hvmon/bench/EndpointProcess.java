package io.hvmon.bench;

import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.WsManEndpoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The simulated endpoint of the benchmarks in a JVM of its own, so that its CPU does not compete inside the client's
 * JVM and its cost can be measured on its own. Started by {@link #start}; as a process it prints {@code url <URL>}
 * once listening, then answers each line {@code cpu} on its stdin with {@code cpu <process CPU ns>} and exits when
 * its stdin closes (so it never outlives the benchmark).
 *
 * <p>Arguments: {@code --vms N} (one host, the same seed and fixed clock as the in-process benchmark) or
 * {@code --hosts "24,500,1000"} (one endpoint per size, printed as {@code url <N> <URL>} lines); password from the
 * environment variable {@code HVMON_BENCH_PASSWORD}, user {@code monitor}.
 */
public final class EndpointProcess implements AutoCloseable {

    static final String USER = "monitor";
    static final String PASSWORD_ENV = "HVMON_BENCH_PASSWORD";
    static final Instant FIXED = Instant.parse("2026-11-22T10:00:00Z");

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Process process;
    private final BufferedReader out;
    private final OutputStream in;
    private final List<String> urls;

    private EndpointProcess(Process process, BufferedReader out, List<String> urls) {
        this.process = process;
        this.out = out;
        this.in = process.getOutputStream();
        this.urls = urls;
    }

    public static void main(String[] args) throws Exception {
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || args.length != 2 || !(args[0].equals("--vms") || args[0].equals("--hosts"))) {
            System.err.println("usage: EndpointProcess --vms N | --hosts N,N,... (password in $" + PASSWORD_ENV + ")");
            System.exit(2);
        }
        List<WsManEndpoint> endpoints = new ArrayList<>();
        try {
            for (String n : args[1].split(",")) {
                int vms = Integer.parseInt(n.strip());
                String name = args[0].equals("--vms") ? "HV-BENCH01" : "HV-BENCH-" + vms;
                SimulatedHost host = new SimulatedHost(name, vms, 42, Clock.fixed(FIXED, ZoneOffset.UTC));
                WsManEndpoint endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0),
                        EndpointOptions.windowsDefaults(USER, password.toCharArray()));
                endpoints.add(endpoint);
                System.out.println(args[0].equals("--vms") ? "url " + endpoint.url("127.0.0.1")
                        : "url " + vms + " " + endpoint.url("127.0.0.1"));
            }
            System.out.println("ready");
            System.out.flush();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                if (line.strip().equals("cpu")) {
                    System.out.println("cpu " + processCpuNanos());
                    System.out.flush();
                }
            }
        } finally {
            endpoints.forEach(WsManEndpoint::close);
        }
    }

    /**
     * This process's CPU time in nanoseconds: the sum of its threads' run time from {@code /proc/self/task/ID/schedstat}
     * (nanosecond resolution; the endpoint's threads, carriers and GC threads live as long as the process), or the
     * OS bean's figure (10 ms ticks on Linux) where that is not available.
     */
    static long processCpuNanos() {
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) {
            return OS.getProcessCpuTime();
        }
        long sum = 0;
        for (java.io.File task : tasks) {
            try {
                String stat = java.nio.file.Files.readString(task.toPath().resolve("schedstat"));
                sum += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
            } catch (IOException | RuntimeException e) {
                // a thread that ended meanwhile
            }
        }
        return sum;
    }

    /** Starts the endpoint JVM (same java, same class path) and waits until it listens. */
    static EndpointProcess start(String password, String flag, String value) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EndpointProcess.class.getName(), flag, value);
        builder.environment().put(PASSWORD_ENV, password);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> urls = new ArrayList<>();
        try {
            for (String line = out.readLine(); ; line = out.readLine()) {
                if (line == null) {
                    throw new IOException("the endpoint process ended before listening");
                }
                if (line.equals("ready")) {
                    break;
                }
                if (line.startsWith("url ")) {
                    urls.add(line.substring(4));
                }
            }
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return new EndpointProcess(process, out, urls);
    }

    /** The endpoints' URLs, in the order asked for ({@code "<vms> <url>"} for --hosts). */
    List<String> urls() {
        return urls;
    }

    long pid() {
        return process.pid();
    }

    /** The endpoint process's CPU time so far, in nanoseconds. */
    long cpuNanos() throws IOException {
        in.write("cpu\n".getBytes(StandardCharsets.US_ASCII));
        in.flush();
        String line = out.readLine();
        if (line == null || !line.startsWith("cpu ")) {
            throw new IOException("the endpoint process did not report its CPU time: " + line);
        }
        return Long.parseLong(line.substring(4).strip());
    }

    @Override
    public void close() {
        try {
            in.close(); // the process exits when its stdin closes
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EndpointProcess[pid %d, %s]", process.pid(), urls);
    }
}
