package io.hvmon.app.cli;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import io.hvmon.windows.host.AgentPaths;
import io.hvmon.windows.service.manage.EventLogSource;
import io.hvmon.windows.service.manage.ServiceManagementException;
import io.hvmon.windows.service.manage.ServiceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Windows service running this build: installed, started, asked over HTTP, stopped and removed through the
 * CLI. Runs in the Windows CI workflow, as Administrator; skipped elsewhere. The service (LocalSystem) reads the config
 * from this test's temporary folder and runs java.exe with this test's class path.
 */
@EnabledOnOs(OS.WINDOWS)
class WindowsServiceTest {

    private final String name = "hvmon-test-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void removeTheService() {
        try {
            ServiceManager.forThisMachine().uninstall(name, Duration.ofSeconds(60));
        } catch (ServiceManagementException e) {
            // not installed (the test removed it), or already marked for deletion
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void installsStartsServesStopsAndUninstalls(@TempDir Path dir) throws Exception {
        int port = freePort();
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"listen\": {\"address\": \"127.0.0.1\", \"port\": " + port + "}}");

        assertThat(run("service", "install", "--name", name, "--config", config.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("installed service '" + name + "'", "service run", "--name " + name);
        assertThat(Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, EventLogSource.keyPath(name))).isTrue();

        assertThat(run("service", "start", "--name", name)).as(err.toString()).isZero();
        assertThat(run("service", "status", "--name", name)).isZero();
        assertThat(out.toString()).contains("RUNNING", "automatic (delayed start)", "LocalSystem", "service run");

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        assertThat(run("service", "stop", "--name", name)).as(err.toString()).isZero();
        assertThat(run("service", "status", "--name", name)).isZero();
        assertThat(out.toString()).contains("STOPPED", "0 (no error)");
        assertThat(Files.readString(AgentPaths.ofThisMachine().logDirectory().resolve("hvmon.log")))
                .contains("hvmon service '" + name + "' started: serving http://127.0.0.1:" + port + "/")
                .contains("hvmon service '" + name + "' stopped: a stop was requested.");

        assertThat(run("service", "uninstall", "--name", name)).as(err.toString()).isZero();
        assertThat(Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, EventLogSource.keyPath(name))).isFalse();
        awaitGone();
        assertThat(run("service", "status", "--name", name)).isEqualTo(1);
        assertThat(err.toString()).contains("no service named '" + name + "' is installed");
    }

    @Test
    void aBadConfigIsRefusedBeforeAnythingIsInstalled(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"listen\": {\"prot\": 1}}");

        assertThat(run("service", "install", "--name", name, "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("listen.prot: unknown key");
        assertThat(run("service", "status", "--name", name)).isEqualTo(1);
    }

    @Test
    void runFromAConsoleSaysThatServeIsForConsoles() {
        assertThat(run("service", "run", "--name", name)).isEqualTo(2);
        assertThat(err.toString()).contains("this is what the Windows service manager starts; to run hvmon in this"
                + " console use 'hvmon serve'").doesNotContain("\tat ");
    }

    /** Deletion completes once no handle is open; the SCM may hold one for a moment. Bounded, not timed. */
    private void awaitGone() throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                ServiceManager.forThisMachine().status(name);
            } catch (ServiceManagementException e) {
                if (e.win32Error() == 1060) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("service " + name + " is still there");
    }
}
