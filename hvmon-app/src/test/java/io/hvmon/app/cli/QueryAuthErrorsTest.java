package io.hvmon.app.cli;

import io.hvmon.simulator.Simulator;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.WsManEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hvmon query} against a simulated host that refuses the logon: one line in words, exit 1, no stack trace. */
@Timeout(60)
class QueryAuthErrorsTest extends InProcessCli {

    private static Path passwordFile(Path dir, String password) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, password + "\n");
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    private int query(WsManEndpoint endpoint, String auth, Path password) {
        return run("query", "--url", endpoint.url("127.0.0.1").toString(), "--auth", auth, "--user", "monitor",
                "--password-file", password.toString(), "--timeout", "10", "SELECT Name FROM Msvm_SummaryInformation");
    }

    @Test
    void basicAgainstANegotiateOnlyHostPrintsWhatItOffersAndWhatToPass(@TempDir Path dir) throws Exception {
        try (WsManEndpoint endpoint = WsManEndpoint.start(Simulator.host("HV-NODE01", 2, 1, Clock.systemUTC()),
                new InetSocketAddress("127.0.0.1", 0), EndpointOptions.windowsDefaults("monitor", "Right-Pa55".toCharArray()))) {
            assertThat(query(endpoint, "basic", passwordFile(dir, "Right-Pa55"))).isEqualTo(1);
        }
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("hvmon: 127.0.0.1:")
                .contains("does not accept Basic logons", "the host offers only Negotiate", "--auth negotiate",
                        "winrm set winrm/config/service/auth @{Basic=\"true\"}")
                .doesNotContain("refused").doesNotContain("Exception").doesNotContain("\tat ")
                .hasLineCount(1);
    }

    @Test
    void aWrongPasswordIsOneLineSayingTheCredentialsWereRefused(@TempDir Path dir) throws Exception {
        try (WsManEndpoint endpoint = WsManEndpoint.start(Simulator.host("HV-NODE01", 2, 1, Clock.systemUTC()),
                new InetSocketAddress("127.0.0.1", 0), EndpointOptions.windowsDefaults("monitor", "Right-Pa55".toCharArray()))) {
            assertThat(query(endpoint, "negotiate", passwordFile(dir, "Wr0ng-Pa55"))).isEqualTo(1);
        }
        assertThat(err.toString()).contains("refused the user name or password of monitor", "offers Negotiate")
                .doesNotContain("Wr0ng-Pa55").doesNotContain("Exception").doesNotContain("\tat ")
                .hasLineCount(1);
    }
}
