package io.hvmon.app.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * hvmon's own process, read from the JDK's {@link ProcessHandle} and {@link Runtime} (no JMX: it would add modules to
 * the release's runtime and cost start-up), and on Linux from {@code /proc}. A figure the platform does not give is
 * null.
 *
 * @param cpuSeconds    CPU time used by the process, user and system
 * @param startTime     when the process started
 * @param residentBytes resident set size (Linux only)
 * @param heapUsedBytes Java heap in use (garbage included)
 * @param heapMaxBytes  the heap's limit ({@code -Xmx})
 */
public record ProcessFacts(Double cpuSeconds, Instant startTime, Long residentBytes, long heapUsedBytes,
                           long heapMaxBytes) {

    private static final Path STATUS = Path.of("/proc/self/status");

    public static ProcessFacts read() {
        ProcessHandle.Info process = ProcessHandle.current().info();
        Runtime runtime = Runtime.getRuntime();
        return new ProcessFacts(process.totalCpuDuration().map(ProcessFacts::seconds).orElse(null),
                process.startInstant().orElse(null), readResidentBytes(), runtime.totalMemory() - runtime.freeMemory(),
                runtime.maxMemory());
    }

    private static double seconds(Duration cpu) {
        return cpu.getSeconds() + cpu.getNano() / 1e9;
    }

    /** {@code VmRSS: <n> kB} of {@code /proc/self/status} (in kB whatever the page size). */
    private static Long readResidentBytes() {
        if (!Files.isReadable(STATUS)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    String[] fields = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(fields[0]) * 1024;
                }
            }
            return null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
