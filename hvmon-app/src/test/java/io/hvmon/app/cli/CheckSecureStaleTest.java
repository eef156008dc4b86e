package io.hvmon.app.cli;

import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.HostSource;
import io.hvmon.app.run.Monitor;
import io.hvmon.app.security.ApiKeyHash;
import io.hvmon.app.security.SelfSignedCertificate;
import io.hvmon.cim.CimException;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hvmon check} over https with a private CA and an API key from a file or the environment; stale data. */
@Timeout(90)
class CheckSecureStaleTest extends InProcessCli {

    private static final String KEY = "k3y-for-the-check-test-0123456789abcdef";
    // The process environment cannot be set from a test: PATH, which every test run has, serves as a key.
    private static final String ENV_KEY_VARIABLE = "PATH";

    private final FakeCimSession host = new FakeCimSession()
            .answer("Msvm_SummaryInformation", List.of(Instances.summary(CheckCliTest.SQL01, "SQL01", 1)))
            .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));

    private int check(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return run(args);
    }

    private String line() {
        assertThat(out.toString()).hasLineCount(1);
        return out.toString().strip();
    }

    @Test
    void httpsWithACaFileAndAnApiKey(@TempDir Path dir) throws Exception {
        SelfSignedCertificate.write(dir.resolve("tls"), List.of(), SelfSignedCertificate.KeyType.EC, 2);
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {
                  "listen": { "address": "127.0.0.1", "port": 20599,
                              "tls": { "certificate": "tls/cert.pem", "private_key": "tls/key.pem" } },
                  "collection": { "interval_seconds": 30, "timeout_seconds": 5 },
                  "security": { "api_keys": [ { "name": "nagios", "hash": "%s" }, { "name": "env", "hash": "%s" } ] }
                }
                """.formatted(ApiKeyHash.of(KEY, new SecureRandom()),
                ApiKeyHash.of(System.getenv(ENV_KEY_VARIABLE), new SecureRandom())));
        Path keyFile = dir.resolve("nagios.key");
        Files.writeString(keyFile, KEY + "\n");
        // POSIX permissions where the file system has them (not on Windows, where the check has nothing to read).
        boolean posix = Files.getFileAttributeView(keyFile, java.nio.file.attribute.PosixFileAttributeView.class) != null;
        if (posix) {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r-----"));
        }
        HvmonConfig settings = ConfigLoader.load(config).withListenPort(0);
        try (Monitor monitor = Monitor.start(settings, List.of(new HostSource("hv01", "fake host", () -> host)))) {
            String url = "https://127.0.0.1:" + monitor.port();
            String ca = dir.resolve("tls/cert.pem").toString();
            CheckCliTest.awaitData(url, "--ca-file", ca, "--api-key-file", keyFile.toString());

            assertThat(check("check", "vm", "--id", CheckCliTest.SQL01, "--url", url, "--ca-file", ca,
                    "--api-key-file", keyFile.toString())).isZero();
            assertThat(line()).startsWith("HVMON VM OK - SQL01 on hv01: Running");
            assertThat(check("check", "vm", "--id", CheckCliTest.SQL01, "--url", url, "--ca-file", ca,
                    "--api-key-env", ENV_KEY_VARIABLE)).isZero();

            assertThat(check("check", "fleet", "--url", url, "--ca-file", ca)).isEqualTo(3);
            assertThat(line()).isEqualTo("HVMON FLEET UNKNOWN - hvmon at " + url + " refused the request (401): it"
                    + " wants an API key: give --api-key-env VAR or --api-key-file FILE");
            assertThat(check("check", "fleet", "--url", url, "--api-key-file", keyFile.toString())).isEqualTo(3);
            assertThat(line()).startsWith("HVMON FLEET UNKNOWN - TLS with " + url + " failed: ")
                    .endsWith("(a private CA: give it with --ca-file PEM)");
            assertThat(check("check", "fleet", "--url", url, "--ca-file", ca, "--api-key-env", "HVMON_NO_SUCH_VARIABLE"))
                    .isEqualTo(3);
            assertThat(line()).isEqualTo("HVMON FLEET UNKNOWN - --api-key-env: the environment variable"
                    + " HVMON_NO_SUCH_VARIABLE is not set");

            if (posix) {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
                assertThat(check("check", "fleet", "--url", url, "--ca-file", ca, "--api-key-file",
                        keyFile.toString())).isEqualTo(3);
                assertThat(line()).contains("can be read by every user (rw-r--r--): chmod o-r ");
            }
        }
    }

    @Test
    void staleDataIsNeverOk() throws Exception {
        HvmonConfig config = HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(Duration.ofSeconds(1));
        try (Monitor monitor = Monitor.start(config, List.of(new HostSource("hv01", "fake host", () -> host)))) {
            String url = "http://127.0.0.1:" + monitor.port();
            CheckCliTest.awaitData(url);
            assertThat(check("check", "vm", "--name", "SQL01", "--url", url)).isZero();

            host.fail("Msvm_SummaryInformation", new CimException(CimException.Kind.UNREACHABLE, "connection refused"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (check("check", "vm", "--id", CheckCliTest.SQL01, "--url", url) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(check("check", "vm", "--id", CheckCliTest.SQL01, "--url", url)).isEqualTo(3);
            assertThat(line()).startsWith("HVMON VM UNKNOWN - SQL01 on hv01: Running, health OK, heartbeat OK"
                    + " (STALE: data stale or missing for hv01) | cpu=7%");
            assertThat(check("check", "vm", "--name", "SQL01", "--url", url, "--stale", "critical")).isEqualTo(2);
            assertThat(check("check", "replication", "--url", url, "--stale", "warning")).isEqualTo(1);
            assertThat(check("check", "host", "--url", url)).isEqualTo(2);
            assertThat(line()).contains("CRITICAL: data stale, collected ").contains(": unreachable: connection refused");
            assertThat(check("check", "fleet", "--url", url)).isEqualTo(2);
            assertThat(line()).startsWith("HVMON FLEET CRITICAL - CRITICAL: 1 of 1 hosts without fresh data (hv01)");
        } finally {
            host.release();
        }
    }
}
