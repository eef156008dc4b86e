package io.hvmon.wsman.kerberos;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs MIT Kerberos' command-line tools for {@link MitKdc}: bounded in time, their output kept in files of the
 * realm's directory (so nothing blocks on a full pipe) and put in the exception when they fail.
 */
final class Tool {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private Tool() {
    }

    /** Runs a command to its end, with {@code stdin} (or nothing) as its input; fails unless it exits with 0. */
    static String run(Path dir, Map<String, String> env, String stdin, Duration timeout, String... command) {
        Logs logs = Logs.in(dir, command[0]);
        try {
            Process process = logs.redirect(new ProcessBuilder(command).directory(dir.toFile()), env).start();
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                destroyTree(process);
                throw new IllegalStateException(describe(command) + " did not finish in " + timeout + logs.text());
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(describe(command) + " exited with " + process.exitValue()
                        + logs.text());
            }
            return Files.readString(logs.out());
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + describe(command) + logs.text(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + describe(command), e);
        }
    }

    /** Kills a process and whatever it started, children first so none is left behind as an orphan. */
    static void destroyTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String describe(String... command) {
        return String.join(" ", List.of(command));
    }

    /** Where one run's stdout and stderr go: numbered files in {@code dir/logs}. */
    record Logs(Path out, Path err) {

        static Logs in(Path dir, String program) {
            String name = RUNS.incrementAndGet() + "-" + Path.of(program).getFileName();
            try {
                Path logs = Files.createDirectories(dir.resolve("logs"));
                return new Logs(logs.resolve(name + ".out"), logs.resolve(name + ".err"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        ProcessBuilder redirect(ProcessBuilder builder, Map<String, String> env) {
            builder.environment().putAll(env);
            return builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        }

        /** Both files' text, for an exception message. */
        String text() {
            return "\n--- stdout:\n" + read(out) + "\n--- stderr:\n" + read(err);
        }

        static String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file).strip() : "(none)";
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        }
    }
}
