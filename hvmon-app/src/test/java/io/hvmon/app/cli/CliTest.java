package io.hvmon.app.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import io.hvmon.app.log.LogFormat;
import io.hvmon.app.log.LogLevel;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: exit codes and messages, no stack traces. */
class CliTest extends InProcessCli {

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("hvmon ").contains("Java ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo", "serve", "collect");
        for (String command : List.of("demo", "serve", "collect")) {
            assertThat(run(command, "--help")).as(command).isZero();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void serveWithoutHostsOffWindowsExplainsWhatToDo() {
        assertThat(run("serve")).isEqualTo(2);
        assertThat(err.toString()).contains("needs Windows").contains("hvmon demo").contains("\"hosts\"")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badConfigStopsTheStartWithExitCode2AndTheKeyPath(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\n  \"collection\": { \"interval_seconds\": \"15s\" },\n  \"listen\": { \"prot\": 1 }\n}\n");
        assertThat(run("serve", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("config.json:2:39: collection.interval_seconds: expected an integer from 1 to 86400, found \"15s\"")
                .contains("listen.prot: unknown key").contains("did you mean 'port'?")
                .doesNotContain("\tat ");
    }

    @Test
    void missingConfigFileIsNamed(@TempDir Path dir) {
        assertThat(run("demo", "--config", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.json does not exist");
    }

    @Test
    void collectOncePrintsTheSnapshotAsJson() throws Exception {
        assertThat(run("collect", "--once", "--simulated", "--vms", "5", "--values", "numeric")).isZero();
        Map<String, Object> document = JSON.std.mapFrom(out.toString());
        List<?> hosts = (List<?>) document.get("hosts");
        assertThat(hosts).hasSize(1);
        Map<?, ?> host = (Map<?, ?>) hosts.getFirst();
        assertThat((List<?>) host.get("vms")).hasSize(5);
        Map<?, ?> status = (Map<?, ?>) host.get("host");
        assertThat(status.get("ready")).isEqualTo(true);
        assertThat(status.get("name")).isEqualTo("HV-NODE01");
    }

    @Test
    void collectOnceWritesEveryTimestampAsRfc3339UtcWithMilliseconds() throws Exception {
        for (String style : List.of("compat", "friendly", "numeric")) {
            out.getBuffer().setLength(0);
            assertThat(run("collect", "--once", "--simulated", "--vms", "12", "--values", style)).isZero();
            assertThat(io.hvmon.app.view.TimestampCheck.check(JSON.std.anyFrom(out.toString()), "collect " + style))
                    .contains("collected_at", "last_success", "last_boot_time", "creation_time", "last_replication_time");
        }
    }

    @Test
    void collectNeedsASourceThisBuildHas() {
        assertThat(run("collect", "--once")).isEqualTo(2);
        assertThat(err.toString()).contains("--simulated");
    }

    @Test
    void serveWithAnUnsetPasswordVariableNamesHostAndVariable(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {"hosts": [{"name": "hv01", "url": "http://127.0.0.1:1/wsman", "user": "monitor",
                            "password_env": "HVMON_TEST_SURELY_UNSET_1234"}]}
                """);
        assertThat(run("serve", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("host hv01: the environment variable HVMON_TEST_SURELY_UNSET_1234 is not set");
    }

    @Test
    void queryPrintsRowsFromASimulatedHost(@TempDir Path dir) throws Exception {
        Path password = dir.resolve("pw");
        Files.writeString(password, "Query-Pa55\n");
        if (Files.getFileAttributeView(password, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            // POSIX: hvmon refuses a password file others can read (on Windows the folder's ACL protects it)
            Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        var host = io.hvmon.simulator.Simulator.host("HV-NODE01", 5, 3, java.time.Clock.systemUTC());
        try (var endpoint = io.hvmon.simulator.wsman.WsManEndpoint.start(host,
                new java.net.InetSocketAddress("127.0.0.1", 0),
                io.hvmon.simulator.wsman.EndpointOptions.windowsDefaults("monitor", "Query-Pa55".toCharArray()))) {
            String url = endpoint.url("127.0.0.1").toString();
            assertThat(run("query", "--url", url, "--user", "monitor", "--password-file", password.toString(),
                    "SELECT Name, ElementName FROM Msvm_SummaryInformation")).isZero();
            List<Object> rows = JSON.std.listFrom(out.toString());
            assertThat(rows).hasSize(5);
            assertThat(((Map<?, ?>) rows.getFirst()).get("__class")).isEqualTo("Msvm_SummaryInformation");

            assertThat(run("query", "--url", url, "--user", "monitor", "--password-file", password.toString(),
                    "SELECT Name FROM Msvm_Nope")).isEqualTo(2);
            assertThat(err.toString()).contains("cannot process filter");
        }
    }

    @Test
    void badFlagsAreUsageErrors() {
        assertThat(run("demo", "--vms", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--vms must be from 0 to 5000; got -1");
        assertThat(run("demo", "--values", "fancy")).isEqualTo(2);
        assertThat(err.toString()).contains("--values must be compat, friendly or numeric; got 'fancy'");
        assertThat(run("demo", "--port", "70000")).isEqualTo(2);
        assertThat(run("demo", "--no-such-flag")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-flag'");
    }

    @Test
    void queryRefusesKerberosFlagsThatDoNotFit(@TempDir Path dir) throws Exception {
        Path keytab = Files.writeString(dir.resolve("svc.keytab"), "");
        String url = "http://hv01.example.com:5985/wsman";
        String wql = "SELECT Name FROM Msvm_ComputerSystem";
        assertThat(run("query", "--url", url, "--user", "u", "--password-env", "P", "--spn", "HTTP/hv01", wql))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--spn applies only to --auth kerberos");
        assertThat(run("query", "--url", url, "--auth", "basic", "--user", "u", "--keytab", keytab.toString(),
                "--ticket-cache", "--krb5-conf", "/etc/krb5.conf", wql)).isEqualTo(2);
        assertThat(err.toString()).contains("--keytab, --ticket-cache, --krb5-conf apply only to --auth kerberos");
        assertThat(run("query", "--url", url, "--auth", "kerberos", "--user", "u", "--keytab", keytab.toString(),
                "--password-env", "P", wql)).isEqualTo(2);
        assertThat(err.toString()).contains("give one credential source for --auth kerberos, not a password"
                + " (--password-env or --password-file) and --keytab");
        assertThat(run("query", "--url", url, "--auth", "kerberos", "--keytab", keytab.toString(),
                "--ticket-cache-file", "/tmp/krb5cc_1", wql)).isEqualTo(2);
        assertThat(err.toString()).contains("not --keytab and --ticket-cache-file");
        assertThat(run("query", "--url", url, "--auth", "kerberos", "--ticket-cache", "--spn", "hv01.example.com",
                wql)).isEqualTo(2);
        assertThat(err.toString()).contains("--spn must be service/host, optionally @REALM");
        assertThat(run("query", "--url", url, "--auth", "kerberos", "--user", "u",
                "--keytab", dir.resolve("nope.keytab").toString(), wql)).isEqualTo(2);
        assertThat(err.toString()).contains("nope.keytab does not exist");
        assertThat(run("query", "--url", url, "--auth", "kerberos", "--ticket-cache",
                "--krb5-conf", dir.resolve("nope.conf").toString(), wql)).isEqualTo(2);
        assertThat(err.toString()).contains("--krb5-conf").contains("nope.conf does not exist");
        assertThat(run("query", "--url", url, "--auth", "kerberos", "--keytab", keytab.toString(), wql)).isEqualTo(2);
        assertThat(err.toString()).contains("--user is required (it may be left out only with --auth kerberos"
                + " --ticket-cache)");
        assertThat(run("query", "--url", url, "--auth", "ntlmv2", "--user", "u", wql)).isEqualTo(2);
        assertThat(err.toString()).contains("--auth must be negotiate (NTLM), kerberos or basic; got 'ntlmv2'")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("query", "--help")).isZero();
        assertThat(out.toString()).contains("--auth", "kerberos", "--spn", "--keytab", "--ticket-cache",
                "--ticket-cache-file", "--krb5-conf");
    }

    @Test
    void configCheckSaysHowKerberosHostsLogOn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("krb5.conf"), "[libdefaults]\n default_realm = EXAMPLE.COM\n");
        Path config = Files.writeString(dir.resolve("config.json"), """
                {"kerberos": {"krb5_conf": "krb5.conf"},
                 "hosts": [{"name": "hv01", "url": "https://hv01.example.com:5986/wsman", "auth": "kerberos",
                            "user": "svc@EXAMPLE.COM", "keytab": "svc.keytab"},
                           {"name": "hv02", "url": "https://hv02.example.com:5986/wsman", "auth": "kerberos",
                            "ticket_cache": true, "spn": "HTTP/hv02.example.com"}]}
                """);
        assertThat(run("config", "check", config.toString())).isZero();
        assertThat(out.toString())
                .contains("hv01  https://hv01.example.com:5986/wsman  kerberos as svc@EXAMPLE.COM, keytab "
                        + dir.resolve("svc.keytab"))
                .contains("hv02  https://hv02.example.com:5986/wsman  kerberos as the ticket cache's principal,"
                        + " ticket cache (default), SPN HTTP/hv02.example.com")
                .contains("kerberos    krb5.conf " + dir.resolve("krb5.conf"));
    }

    @Test
    void logFlagsAreAcceptedBeforeAndAfterTheCommandName() {
        for (String[] args : List.of(new String[] {"--log-level", "DEBUG", "--log-format", "json", "demo"},
                new String[] {"demo", "--log-level", "debug", "--log-format", "JSON"},
                new String[] {"service", "run", "--log-level", "debug", "--log-format", "json"})) {
            CommandLine cli = Main.commandLine();
            cli.parseArgs(args);
            assertThat(((Main) cli.getCommand()).logFlags()).as(String.join(" ", args))
                    .isEqualTo(new LogFlags(LogLevel.DEBUG, LogFormat.JSON));
        }
        CommandLine cli = Main.commandLine();
        cli.parseArgs("simulate");
        assertThat(((Main) cli.getCommand()).logFlags()).isEqualTo(new LogFlags(null, null));
    }

    @Test
    void badLogFlagsAreUsageErrorsThatSayWhatIsExpected() {
        assertThat(run("demo", "--log-level", "loud")).isEqualTo(2);
        assertThat(err.toString()).contains("--log-level").contains("expected error, warn, info or debug, found 'loud'");
        assertThat(run("--log-format", "xml", "simulate")).isEqualTo(2);
        assertThat(err.toString()).contains("--log-format").contains("expected text or json, found 'xml'");
    }
}
