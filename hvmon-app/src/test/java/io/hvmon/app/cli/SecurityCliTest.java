package io.hvmon.app.cli;

import io.hvmon.app.security.ApiKeyHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** config check, key new|hash and cert self-signed as a user runs them: output and exit codes. */
class SecurityCliTest extends InProcessCli {

    /** The CLI prints lines with println: \n here, \r\n on Windows. */
    private static final String EOL = System.lineSeparator();

    private int runWithStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void configCheckSummarizesAValidFileWithoutSecrets() {
        Path example = Path.of("..", "docs", "config.secure.example.json");
        assertThat(run("config", "check", example.toString())).isZero();
        assertThat(out.toString())
                .startsWith("ok: the configuration is valid" + EOL)
                .contains("  listen      0.0.0.0:20501, https with ")
                .contains("  collection  every 15 s, timeout 10 s" + EOL
                        + "  ready when  any host is fresh (/readyz; collection.ready_when any_host)")
                .contains("  logging     info and above, as text")
                .contains("  events      1000 kept, at most 32 clients; replication lag bounds 2 and 4 replication intervals")
                .contains("  hosts       1" + EOL + "    hv01  https://hv01.example.com:5986/wsman  negotiate as EXAMPLE\\svc-hvmon,"
                        + " password from file ")
                .contains("  api keys    prometheus, nagios")
                .contains("  open paths  /healthz")
                .contains("  allow       10.20.0.0/24, 192.168.1.10, fd00:20::/64, 127.0.0.1, ::1")
                .doesNotContain("sha256:");
    }

    @Test
    void configCheckReportsPositionedErrorsWithExit2(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("c.json");
        Files.writeString(config, "{\n  \"security\": { \"allow\": [\"10.0.0.0/33\"], \"api_kyes\": [] }\n}\n");
        assertThat(run("config", "check", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("invalid configuration:")
                .contains(config + ":2:27: security.allow[0]: expected an IP address or CIDR range")
                .contains(config + ":2:43: security.api_kyes: unknown key").contains("did you mean 'api_keys'?");
        assertThat(run("config", "check", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.json does not exist");
    }

    @Test
    void keyNewPrintsAKeyAndAHashThatMatchesIt() {
        assertThat(run("key", "new", "--name", "grafana")).isZero();
        String[] lines = out.toString().split(EOL);
        String key = lines[0].substring("key:  ".length());
        String hash = lines[1].substring("hash: ".length());
        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        assertThat(ApiKeyHash.parse(hash).orElseThrow().matches(key)).isTrue();
        assertThat(out.toString()).contains("{ \"name\": \"grafana\", \"hash\": \"" + hash + "\" }");
    }

    @Test
    void keyHashReadsStdinAndRefusesWeakKeys() {
        String key = "Zq3xV0p8N1m7Lr5Tk2Yw9Hs4Jd6Fb0Ca1Ge3Ui5Oo7";
        assertThat(runWithStdin(key + "\n", "key", "hash")).isZero();
        String hash = out.toString().strip();
        assertThat(ApiKeyHash.parse(hash).orElseThrow().matches(key)).isTrue();
        assertThat(out.toString()).doesNotContain(key);

        assertThat(runWithStdin("short\n", "key", "hash")).isEqualTo(2);
        assertThat(err.toString()).contains("the key is 5 characters long; keys must be 20 to 256 characters")
                .doesNotContain("short\n", "short" + EOL); // the key is not echoed (the message may say "short keys")
        assertThat(runWithStdin("", "key", "hash")).isEqualTo(2);
        assertThat(err.toString()).contains("no key on standard input");
        assertThat(run("key", "hash", "--key-env", "HVMON_TEST_SURELY_UNSET_KEY")).isEqualTo(2);
        assertThat(err.toString()).contains("the environment variable HVMON_TEST_SURELY_UNSET_KEY is not set");
    }

    @Test
    void certSelfSignedWritesAPrivateKeyAndACertificateThatConfigCheckAccepts(@TempDir Path dir) throws Exception {
        assertThat(run("cert", "self-signed", "--out", dir.toString(), "--host", "hvmon.example.com")).isZero();
        assertThat(out.toString()).contains("wrote " + dir.resolve("cert.pem")).contains("CN=hvmon.example.com")
                .containsPattern("valid until \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(Files.readString(dir.resolve("key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(run("cert", "self-signed", "--out", dir.toString(), "--host", "bad name")).isEqualTo(2);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "mode bits are POSIX; on Windows the folder's ACL protects key.pem")
    void certSelfSignedKeyIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        assertThat(run("cert", "self-signed", "--out", dir.toString())).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("key.pem"))))
                .isEqualTo("rw-------");
    }
}
