package io.hvmon.wsman.kerberos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The running krb5kdc of a {@link MitKdc}: started in the foreground (-n), watched until its port accepts
 * connections, and killed when this JVM ends however it ends.
 */
final class KdcProcess {

    /**
     * krb5kdc runs under this sh, which kills it when its stdin reaches end of file: when {@link #stop} closes it, or
     * when the JVM dies, even by kill -9 where no shutdown hook runs. (An asynchronous command's stdin is /dev/null
     * in sh, hence the copy on fd 3.)
     */
    private static final String WATCHDOG =
            "exec 3<&0; \"$@\" <&- 3<&- & k=$!; { cat <&3 >/dev/null; kill $k 2>/dev/null; } & wait $k";
    private static final long START_MILLIS = 10_000;

    private final Path dir;
    private final Map<String, String> env;
    private Process process;

    KdcProcess(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = env;
    }

    /**
     * Starts krb5kdc and waits until it accepts connections on the port. A clock offset ("+15m") moves the KDC's
     * clock as faketime does, by preloading libfaketime: not through faketime itself, which runs krb5kdc as its child
     * and does not pass on signals, so killing it would leave krb5kdc running.
     */
    void start(int port, String clockOffset) {
        Tool.Logs logs = Tool.Logs.in(dir, "krb5kdc");
        Map<String, String> kdcEnv = new HashMap<>(env);
        if (clockOffset != null) {
            Path lib = libfaketime();
            if (lib == null) {
                throw new IllegalStateException("libfaketime is not installed (apt-get install faketime)");
            }
            kdcEnv.put("LD_PRELOAD", lib.toString());
            kdcEnv.put("FAKETIME", clockOffset);
        }
        String[] command = {"/bin/sh", "-c", WATCHDOG, "krb5kdc", "/usr/sbin/krb5kdc", "-n", "-r", MitKdc.REALM};
        try {
            process = logs.redirect(new ProcessBuilder(command).directory(dir.toFile()), kdcEnv).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start krb5kdc", e);
        }
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (process.isAlive() && !KdcConfig.accepts(port) && System.currentTimeMillis() < deadline) {
            sleep(50);
        }
        sleep(100); // a krb5kdc that failed to bind exits at once, even if something else answered on the port
        if (!process.isAlive() || !KdcConfig.accepts(port)) {
            String why = process.isAlive() ? "does not accept connections after " + START_MILLIS + " ms" : "exited";
            stop();
            throw new IllegalStateException("krb5kdc on 127.0.0.1:" + port + " " + why + logs.text()
                    + "\n--- kdc.log:\n" + Tool.Logs.read(dir.resolve("kdc.log")));
        }
    }

    /** Stops krb5kdc (through the watchdog) and waits until it is gone, so that its port is free again. */
    void stop() {
        if (process == null) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                Tool.destroyTree(process);
            }
        } catch (IOException e) {
            Tool.destroyTree(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Tool.destroyTree(process);
        }
        process = null;
    }

    /** Debian's libfaketime (what the faketime command preloads), or null. */
    static Path libfaketime() {
        try (Stream<Path> libs = Stream.of(Path.of("/usr/lib"), Path.of("/usr/local/lib")).filter(Files::isDirectory)
                .flatMap(KdcProcess::list)) {
            return libs.map(lib -> lib.resolve("faketime/libfaketime.so.1")).filter(Files::isReadable)
                    .findFirst().orElse(null);
        }
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return Stream.concat(Stream.of(dir), children.toList().stream());
        } catch (IOException e) {
            return Stream.of(dir);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting krb5kdc", e);
        }
    }
}
