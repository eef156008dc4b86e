package io.hvmon.app.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The real app in a child process, stopped as systemd, docker and Ctrl+C stop it: it logs that it is stopping and
 * that it stopped, and exits 0. POSIX signals, so not on Windows (where Ctrl+C cannot be sent to another console).
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(180)
class StopSignalsTest {

    static final String TIMESTAMP = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private Process process;

    @AfterEach
    void noneLeftBehind() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        return process;
    }

    private String stdout() throws IOException {
        return Files.readString(dir.resolve("stdout"));
    }

    private String stderr() throws IOException {
        return Files.readString(dir.resolve("stderr"));
    }

    /** Waits, boundedly, until the output holds the pattern; returns the match. */
    private Matcher await(Pattern pattern, boolean inStderr) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = pattern.matcher(inStderr ? stderr() : stdout());
            if (matcher.find()) {
                return matcher;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + pattern + " (alive: " + process.isAlive() + ")\nstdout:\n" + stdout()
                + "\nstderr:\n" + stderr());
    }

    private int exitCode() throws Exception {
        assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("exited; stderr:\n%s", stderr()).isTrue();
        return process.exitValue();
    }

    private static int get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(10_000);
        try {
            connection.getInputStream().readAllBytes();
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void demoStopsOnSigtermWithExitCode0AndSaysSoInJson() throws Exception {
        start(Map.of(), "demo", "--port", "0", "--address", "127.0.0.1", "--vms", "2",
                "--log-format", "json", "--log-level", "debug");
        String base = await(Pattern.compile("start page +(http://127\\.0\\.0\\.1:\\d+)/"), false).group(1);
        assertThat(get(base + "/healthz")).isEqualTo(200);
        await(Pattern.compile("GET /healthz key=- 200"), true); // written after the answer

        process.destroy(); // SIGTERM
        assertThat(exitCode()).isZero();

        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : stderr().lines().toList()) {
            lines.add(JSON.std.mapFrom(line));
        }
        assertThat(lines).allSatisfy(line -> {
            assertThat(line).containsKeys("time", "level", "logger", "message");
            assertThat((String) line.get("time")).containsPattern(TIMESTAMP);
        });
        assertThat(lines).anySatisfy(line -> assertThat(line).containsEntry("logger", "io.hvmon.access")
                .containsEntry("level", "DEBUG").containsEntry("message", "127.0.0.1 GET /healthz key=- 200 15B "
                        + ((String) line.get("message")).replaceAll(".* ", "")));
        List<Object> messages = lines.stream().map(line -> line.get("message")).toList();
        assertThat(messages).containsSubsequence("stopping: SIGTERM received", "stopped").endsWith("stopped");
    }

    @Test
    void aSigtermWhileTheDemoIsStillStartingIsAnOrderlyStopToo() throws Exception {
        // The API answers while the simulated hosts are still being set up (three hosts of 500 VMs take a while):
        // a stop asked for then must be orderly too, not the JVM's exit 143.
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        start(Map.of(), "demo", "--port", Integer.toString(port), "--address", "127.0.0.1", "--hosts", "3",
                "--vms", "500");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!healthy("http://127.0.0.1:" + port + "/healthz")) {
            assertThat(process.isAlive()).as("alive; stderr:\n%s", stderr()).isTrue();
            assertThat(System.nanoTime()).as("/healthz answered in time").isLessThan(deadline);
            Thread.sleep(5);
        }

        process.destroy(); // SIGTERM
        assertThat(exitCode()).as("stderr:\n%s", stderr()).isZero();
        assertThat(stderr()).contains("stopping: SIGTERM received").endsWith("stopped" + System.lineSeparator());
    }

    private static boolean healthy(String url) {
        try {
            return get(url) == 200;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void simulateStopsOnSigintWithExitCode0() throws Exception {
        assumeFalse(sigintIgnored(), "SIGINT is ignored in this process tree (a background job), so hvmon would ignore it too");
        start(Map.of("HVMON_TEST_SIMULATE_PASSWORD", "Stop-Pa55"), "simulate", "--port", "0", "--vms", "1",
                "--password-env", "HVMON_TEST_SIMULATE_PASSWORD");
        await(Pattern.compile("Press Ctrl\\+C to stop"), false);

        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
        assertThat(exitCode()).isZero();

        List<String> lines = stderr().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).containsPattern(TIMESTAMP + " [A-Z]+ +\\S"));
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(" INFO    stopping: SIGINT received"));
        assertThat(lines.getLast()).endsWith(" INFO    stopped");
    }

    /** Whether this JVM ignores SIGINT (as a background job of a non-interactive shell does): children inherit it. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
                return (mask & (1L << (2 - 1))) != 0; // SIGINT is signal 2
            }
        }
        return false;
    }
}
