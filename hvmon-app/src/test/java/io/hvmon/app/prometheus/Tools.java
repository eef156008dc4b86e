package io.hvmon.app.prometheus;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own tools, from Debian's {@code prometheus} package (which {@code .ci/run} installs): the tests that use
 * them are skipped where they are missing, and fail in the Linux CI (CI=true), where they must be there.
 */
final class Tools {

    static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    /** The repository's deploy/prometheus, seen from hvmon-app (the tests' working directory). */
    static final Path RULES_DIR = Path.of("..", "deploy", "prometheus");
    static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "hvmon.json");

    private Tools() {
    }

    /** What a tool printed (stdout and stderr together) and its exit code. */
    record Run(int exit, String output) {
    }

    static void require(Path tool) {
        boolean present = Files.isExecutable(tool);
        // GitHub sets CI=true on its Windows runners too, where Debian's packages do not exist.
        if (!present && "true".equals(System.getenv("CI")) && OS.LINUX.isCurrentOs()) {
            throw new AssertionError(tool + " is missing: .ci/run must install Debian's prometheus package");
        }
        Assumptions.assumeTrue(present, tool + " is not installed (apt-get install prometheus)");
    }

    /** Runs a tool to its end, with {@code input} on its stdin; fails past {@code limit}. */
    static Run run(Path workingDirectory, byte[] input, Duration limit, String... command)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        try {
            try (var stdin = process.getOutputStream()) {
                stdin.write(input);
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(command[0] + " did not finish within " + limit);
            }
            return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }
}
