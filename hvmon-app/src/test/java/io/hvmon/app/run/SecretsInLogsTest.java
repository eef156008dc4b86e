package io.hvmon.app.run;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.config.RemoteHostConfig;
import io.hvmon.app.http.LogCapture;
import io.hvmon.simulator.Simulator;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.WsManEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong password is used for real, over the wire; nothing hvmon logs or answers contains it. */
@Timeout(60)
class SecretsInLogsTest {

    private static final String WRONG = "Wr0ng-Pa55-Never-Logged";

    @Test
    void aRefusedPasswordNeverAppearsInLogsOrAnswers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, WRONG + "\n");
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            // POSIX: hvmon refuses a password file others can read (on Windows the folder's ACL protects it)
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        var host = Simulator.host("HV-NODE01", 3, 1, Clock.systemUTC());
        try (LogCapture log = new LogCapture();
             WsManEndpoint endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0),
                     // both password schemes offered, so that Basic too gets as far as a refused password
                     // (Kerberos refuses at the KDC, not here: its end-to-end tests cover it)
                     EndpointOptions.windowsDefaults("monitor", "Right-Pa55".toCharArray())
                             .withSchemes(java.util.EnumSet.of(EndpointOptions.Scheme.BASIC,
                                     EndpointOptions.Scheme.NEGOTIATE))
                             .withAllowUnencrypted(true))) {
            for (RemoteHostConfig.Auth auth : List.of(RemoteHostConfig.Auth.NEGOTIATE, RemoteHostConfig.Auth.BASIC)) {
                RemoteHostConfig remote = new RemoteHostConfig("hv-" + auth.wireName(),
                        URI.create(endpoint.url("127.0.0.1").toString()), auth, "monitor",
                        new RemoteHostConfig.PasswordSource.File(file), RemoteHostConfig.Tls.DEFAULT);
                HvmonConfig config = HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                        .withInterval(Duration.ofSeconds(1));
                var sources = RemoteSources.create(List.of(remote), Passwords.fromSystem(), Duration.ofSeconds(5));
                try (Monitor monitor = Monitor.start(config, sources)) {
                    var client = java.net.http.HttpClient.newHttpClient();
                    String body = "";
                    for (int i = 0; i < 100 && !body.contains("\"error_kind\":\"authentication\""); i++) {
                        Thread.sleep(100);
                        body = client.send(java.net.http.HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + monitor.port() + "/hvm/hosts")).build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                    }
                    assertThat(body).contains("refused the user name or password of monitor").doesNotContain(WRONG);
                }
            }
            assertThat(log.all()).contains("refused the user name or password of monitor").doesNotContain(WRONG)
                    .doesNotContain("Right-Pa55");
        }
    }
}
