package io.hvmon.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hvmon.app.config.RemoteHostConfig.Auth;
import io.hvmon.app.config.RemoteHostConfig.Kerberos;
import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import io.hvmon.app.config.RemoteHostConfig.Tls;
import io.hvmon.app.api.ReadyWhen;
import io.hvmon.app.view.ValueStyle;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    static final String FULL = """
            {
              "listen": { "address": "::1", "port": 8443 },
              "values": "Friendly",
              "collection": { "interval_seconds": 60, "timeout_seconds": 60, "ready_when": "all_hosts" },
              "hosts": [
                { "name": "hv01", "url": "https://hv01.example.com:5986/wsman", "auth": "negotiate",
                  "user": "EXAMPLE\\\\monitor", "password_env": "HV01_PASSWORD" },
                { "name": "hv02.example.com", "url": "http://[fd00::2]:5985", "auth": "BASIC",
                  "user": "monitor", "password_file": "secrets/hv02.txt", "insecure_basic_over_http": true },
                { "name": "HV_03", "url": "HTTPS://10.0.0.3/", "user": "monitor@example.com",
                  "password_file": "/etc/hvmon/hv03", "tls": { "verify": true, "ca_file": "ca.pem" } },
                { "name": "lab-4", "url": "https://lab4:5986/custom/path", "user": "u",
                  "password_env": "_X1", "tls": { "verify": false } }
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void emptyObjectMeansDefaults() throws Exception {
        HvmonConfig config = ConfigLoader.parse("{}", "config.json");
        assertThat(config).isEqualTo(HvmonConfig.defaults());
        assertThat(config.listen()).isEqualTo(new HvmonConfig.Listen("0.0.0.0", 20501));
        assertThat(config.values()).isEqualTo(ValueStyle.COMPAT);
        assertThat(config.collection().interval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.collection().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.collection().readyWhen()).isEqualTo(ReadyWhen.ANY_HOST);
        assertThat(config.hosts()).isEmpty();
    }

    @Test
    void emptySectionsMeanDefaultsToo() throws Exception {
        assertThat(ConfigLoader.parse("{\"listen\": {}, \"collection\": {}, \"hosts\": []}", "c"))
                .isEqualTo(HvmonConfig.defaults());
    }

    @Test
    void readsEveryKeyOfAFullFile() throws Exception {
        Path file = Files.writeString(dir.resolve("config.json"), FULL);

        HvmonConfig config = ConfigLoader.load(file);

        assertThat(config.listen()).isEqualTo(new HvmonConfig.Listen("::1", 8443));
        assertThat(config.values()).isEqualTo(ValueStyle.FRIENDLY);
        assertThat(config.collection()).isEqualTo(new HvmonConfig.Collection(Duration.ofMinutes(1), Duration.ofMinutes(1),
                ReadyWhen.ALL_HOSTS));
        assertThat(config.hosts()).containsExactly(
                new RemoteHostConfig("hv01", URI.create("https://hv01.example.com:5986/wsman"), Auth.NEGOTIATE,
                        "EXAMPLE\\monitor", new PasswordSource.EnvironmentVariable("HV01_PASSWORD"), Tls.DEFAULT),
                new RemoteHostConfig("hv02.example.com", URI.create("http://[fd00::2]:5985/wsman"), Auth.BASIC,
                        "monitor", new PasswordSource.File(dir.resolve("secrets/hv02.txt")), Tls.DEFAULT),
                new RemoteHostConfig("HV_03", URI.create("https://10.0.0.3/wsman"), Auth.NEGOTIATE,
                        // kept as written; dir.resolve is a no-op for it on POSIX, and on Windows says that a path
                        // with a root but no drive letter is on the config file's drive
                        "monitor@example.com", new PasswordSource.File(dir.resolve("/etc/hvmon/hv03")),
                        new Tls(true, Optional.of(dir.resolve("ca.pem")))),
                new RemoteHostConfig("lab-4", URI.create("https://lab4:5986/custom/path"), Auth.NEGOTIATE, "u",
                        new PasswordSource.EnvironmentVariable("_X1"), new Tls(false, Optional.empty())));
    }

    @Test
    void readsKerberosHostsAndTheKrb5Conf() throws Exception {
        Path krb5 = Files.writeString(dir.resolve("krb5.conf"), "[libdefaults]\n default_realm = EXAMPLE.COM\n");
        Path file = Files.writeString(dir.resolve("config.json"), """
                {
                  "kerberos": { "krb5_conf": "krb5.conf" },
                  "hosts": [
                    { "name": "hv01", "url": "http://hv01.example.com:5985/wsman", "auth": "kerberos",
                      "user": "svc-hvmon@EXAMPLE.COM", "keytab": "secrets/svc-hvmon.keytab",
                      "spn": "HTTP/hv01.example.com@EXAMPLE.COM" },
                    { "name": "hv02", "url": "https://hv02.example.com:5986/wsman", "auth": "Kerberos",
                      "ticket_cache": true },
                    { "name": "hv03", "url": "https://hv03.example.com:5986/wsman", "auth": "kerberos",
                      "user": "EXAMPLE\\\\svc-hvmon", "ticket_cache": "/tmp/krb5cc_hvmon" },
                    { "name": "hv04", "url": "https://hv04.example.com:5986/wsman", "auth": "kerberos",
                      "user": "svc-hvmon@EXAMPLE.COM", "password_env": "HVMON_PASSWORD" }
                  ]
                }
                """);

        HvmonConfig config = ConfigLoader.load(file);

        assertThat(config.kerberos()).isEqualTo(new KerberosConfig(Optional.of(krb5)));
        assertThat(config.hosts()).containsExactly(
                new RemoteHostConfig("hv01", URI.create("http://hv01.example.com:5985/wsman"), Auth.KERBEROS,
                        "svc-hvmon@EXAMPLE.COM", new PasswordSource.None(), Tls.DEFAULT,
                        new Kerberos(Optional.of("HTTP/hv01.example.com@EXAMPLE.COM"),
                                Optional.of(dir.resolve("secrets/svc-hvmon.keytab")), false, Optional.empty())),
                new RemoteHostConfig("hv02", URI.create("https://hv02.example.com:5986/wsman"), Auth.KERBEROS,
                        null, new PasswordSource.None(), Tls.DEFAULT,
                        new Kerberos(Optional.empty(), Optional.empty(), true, Optional.empty())),
                new RemoteHostConfig("hv03", URI.create("https://hv03.example.com:5986/wsman"), Auth.KERBEROS,
                        "EXAMPLE\\svc-hvmon", new PasswordSource.None(), Tls.DEFAULT,
                        new Kerberos(Optional.empty(), Optional.empty(), true,
                                Optional.of(dir.resolve("/tmp/krb5cc_hvmon")))),
                new RemoteHostConfig("hv04", URI.create("https://hv04.example.com:5986/wsman"), Auth.KERBEROS,
                        "svc-hvmon@EXAMPLE.COM", new PasswordSource.EnvironmentVariable("HVMON_PASSWORD"),
                        Tls.DEFAULT, Kerberos.PASSWORD));
        assertThat(config.hosts().getFirst().toString()).contains("svc-hvmon.keytab");
    }

    @Test
    void parseKeepsRelativePathsAsWritten() throws Exception {
        HvmonConfig config = ConfigLoader.parse(FULL, "inline");
        assertThat(config.hosts().get(1).password()).isEqualTo(new PasswordSource.File(Path.of("secrets/hv02.txt")));
    }

    @Test
    void acceptsAByteOrderMark() throws Exception {
        Path file = Files.writeString(dir.resolve("bom.json"), "\uFEFF{\"values\": \"numeric\"}");
        assertThat(ConfigLoader.load(file).values()).isEqualTo(ValueStyle.NUMERIC);
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope/config.json");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file " + file + " does not exist");
    }

    @Test
    void directoryInsteadOfFile() {
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .hasMessage("config file " + dir + " is a directory, not a file");
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.json"), "{}");
        boolean posix = Files.getFileAttributeView(file, PosixFileAttributeView.class) != null;
        AclFileAttributeView acl = posix ? null : Files.getFileAttributeView(file, AclFileAttributeView.class);
        List<AclEntry> granted = acl == null ? List.of() : acl.getAcl();
        try {
            if (acl == null) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
            } else {
                acl.setAcl(List.of()); // Windows: an empty ACL grants nobody anything (its owner may still change it)
            }
            assumeTrue(!Files.isReadable(file), "this user can read every file (root, or a Windows backup privilege)");
            assertThatThrownBy(() -> ConfigLoader.load(file))
                    .hasMessage("config file " + file + " cannot be read: permission denied");
        } finally {
            if (acl != null) {
                acl.setAcl(granted); // so that the temporary folder can be deleted
            }
        }
    }

    @Test
    void refusesATwoMebibyteFile() throws IOException {
        Path file = dir.resolve("big.json");
        Files.writeString(file, "{\"hosts\": [\"" + "x".repeat(2 * 1024 * 1024) + "\"]}");
        long size = Files.size(file);
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage("config file " + file + " is too large (" + size + " bytes; the limit is 1048576 bytes, 1 MiB)");
        String text = Files.readString(file);
        assertThatThrownBy(() -> ConfigLoader.parse(text, "inline"))
                .hasMessage("inline: too large (" + text.length() + " characters; the limit is 1048576, 1 MiB)");
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Path file = Files.write(dir.resolve("latin1.json"), "{\"values\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage("config file " + file + " is not valid UTF-8 text (save it as UTF-8)");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.json"), "");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ": the file is empty (expected a JSON object, for example {})");
    }

    @Test
    void messagesNameTheFileAsGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("config.json"), "{\n  \"listen\": {\n    \"prot\": 20501\n  }\n}\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":3:5: listen.prot: unknown key (expected one of: address, port, tls,"
                                + " max_connections, max_connections_per_client); did you mean 'port'?");
    }

    @Test
    void exceptionListsOneProblemPerLine() {
        try {
            ConfigLoader.parse("{\"values\": 1, \"listen\": 2}", "c.json");
        } catch (ConfigException e) {
            assertThat(e.problems()).containsExactly(
                    "c.json:1:12: values: expected one of \"compat\", \"friendly\", \"numeric\", found 1",
                    "c.json:1:25: listen: expected an object (keys: address, port, tls,"
                                + " max_connections, max_connections_per_client), found 2");
            assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
            return;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void connectionCountsReachTheServersLimits() throws Exception {
        HvmonConfig config = ConfigLoader.parse(
                "{\"listen\": {\"max_connections\": 2000, \"max_connections_per_client\": 2000}}", "c");
        assertThat(config.listen().connectionLimits().maxConnections()).isEqualTo(2000);
        assertThat(config.listen().connectionLimits().maxPerClient()).isEqualTo(2000);
        assertThat(config.withListenPort(0).withListenAddress("127.0.0.1").listen().maxConnectionsPerClient())
                .as("kept by the command-line overrides").isEqualTo(2000);
        assertThat(HvmonConfig.defaults().listen().connectionLimits()).isEqualTo(
                io.hvmon.app.http.ConnectionLimits.DEFAULTS);
    }

    @Test
    void acceptsLimitsAtBothEnds() throws Exception {
        HvmonConfig low = ConfigLoader.parse(
                "{\"listen\": {\"port\": 1}, \"collection\": {\"interval_seconds\": 1, \"timeout_seconds\": 1}}", "c");
        assertThat(low.listen().port()).isEqualTo(1);
        assertThat(low.collection()).isEqualTo(new HvmonConfig.Collection(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        HvmonConfig high = ConfigLoader.parse(
                "{\"listen\": {\"port\": 65535}, \"collection\": {\"interval_seconds\": 86400, \"timeout_seconds\": 3600}}",
                "c");
        assertThat(high.listen().port()).isEqualTo(65535);
        assertThat(high.collection().interval()).isEqualTo(Duration.ofDays(1));
        assertThat(high.collection().timeout()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void acceptsAThousandHosts() throws Exception {
        StringBuilder json = new StringBuilder("{\"hosts\": [");
        for (int i = 0; i < HvmonConfig.MAX_HOSTS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"hv").append(i)
                    .append("\", \"url\": \"http://hv").append(i).append("\", \"user\": \"u\", \"password_env\": \"P\"}");
        }
        List<RemoteHostConfig> hosts = ConfigLoader.parse(json.append("]}").toString(), "c").hosts();
        assertThat(hosts).hasSize(1000);
        assertThat(hosts.get(999).url()).isEqualTo(URI.create("http://hv999/wsman"));
    }
}
