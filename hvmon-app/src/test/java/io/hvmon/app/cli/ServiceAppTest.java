package io.hvmon.app.cli;

import io.hvmon.windows.service.ExitStatus;
import io.hvmon.windows.service.RunOutcome;
import io.hvmon.windows.service.ScmCodes;
import io.hvmon.windows.service.ServiceEvent;
import io.hvmon.windows.service.ServiceLifecycle;
import io.hvmon.windows.service.ServiceRunner;
import io.hvmon.windows.service.ServiceState;
import io.hvmon.windows.service.ServiceStatus;
import io.hvmon.windows.service.ServiceTimings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service's app, the real monitor, run by the real service runner with a fake SCM: what the SCM and the Event
 * Log are told when the config is good, bad, or the port is taken. On any OS, collecting from a host that is not there.
 */
class ServiceAppTest {

    private static final ServiceTimings TIMINGS = new ServiceTimings(Duration.ofSeconds(10), Duration.ofSeconds(10),
            Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofMinutes(2));

    private final List<ServiceStatus> reports = new CopyOnWriteArrayList<>();
    private final List<ServiceEvent> events = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private CompletableFuture<RunOutcome> running;

    @AfterEach
    void noServiceLeftRunning() throws Exception {
        if (running != null) {
            running.get(60, TimeUnit.SECONDS);
        }
    }

    private ServiceLifecycle runInBackground(MonitorServiceApp app) {
        ServiceLifecycle lifecycle = new ServiceLifecycle(reports::add, TIMINGS.startWaitHint(), TIMINGS.stopWaitHint());
        ServiceRunner runner = new ServiceRunner("hvmon-test", lifecycle, events::add, TIMINGS);
        running = CompletableFuture.supplyAsync(() -> runner.run(app));
        return lifecycle;
    }

    private RunOutcome runToTheEnd(MonitorServiceApp app) throws Exception {
        runInBackground(app);
        return running.get(60, TimeUnit.SECONDS);
    }

    private List<ServiceState> states() {
        return reports.stream().map(ServiceStatus::state).toList();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A collector config: one host on a closed loopback port, its password in a file only its owner reads. */
    private static Path collectorConfig(Path dir, int port) throws java.io.IOException {
        Files.createDirectories(dir);
        Path password = dir.resolve("password.txt");
        Files.writeString(password, "not-used");
        if (!System.getProperty("os.name").startsWith("Windows")) {
            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        }
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {
                  "listen": { "address": "127.0.0.1", "port": %d },
                  "hosts": [ { "name": "nowhere", "url": "http://127.0.0.1:%d/wsman", "user": "monitor",
                               "password_file": "password.txt" } ]
                }
                """.formatted(port, freePort()));
        return config;
    }

    @Test
    void servesWhileRunningAndStopsCleanlyOnTheStopControl(@TempDir Path dir) throws Exception {
        int port = freePort();
        ServiceLifecycle lifecycle = runInBackground(new MonitorServiceApp(collectorConfig(dir, port),
                MonitorServiceApp.ConfigCreator.NONE));
        awaitState(ServiceState.RUNNING);

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(events.getFirst().text()).contains("started: serving http://127.0.0.1:" + port + "/",
                "1 host(s) over WS-Management");

        lifecycle.control(ScmCodes.CONTROL_STOP);
        RunOutcome outcome = running.get(60, TimeUnit.SECONDS);

        assertThat(states()).containsExactly(ServiceState.START_PENDING, ServiceState.RUNNING,
                ServiceState.STOP_PENDING, ServiceState.STOPPED);
        assertThat(outcome).isEqualTo(new RunOutcome(ExitStatus.OK, false));
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                .build(), HttpResponse.BodyHandlers.ofString())).as("the port is closed").isInstanceOf(ConnectException.class);
    }

    @Test
    void aBadConfigStopsTheStartWithCode2AndItsErrorsInTheEventLog(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\n  \"listen\": { \"prot\": 20501 }\n}\n");

        RunOutcome outcome = runToTheEnd(new MonitorServiceApp(config, MonitorServiceApp.ConfigCreator.NONE));

        assertThat(states()).containsExactly(ServiceState.START_PENDING, ServiceState.STOPPED);
        assertThat(reports.getLast().exit()).isEqualTo(new ExitStatus(1066, 2));
        assertThat(outcome.processExitCode()).isEqualTo(2);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(ServiceEvent.START_FAILED);
            assertThat(event.text()).contains("invalid configuration", "config.json:2:15: listen.prot: unknown key",
                    "did you mean 'port'?");
        });
    }

    @Test
    void aMissingConfigThatIsNotTheAgentsOwnIsABadConfig(@TempDir Path dir) throws Exception {
        runToTheEnd(new MonitorServiceApp(dir.resolve("missing.json"), MonitorServiceApp.ConfigCreator.NONE));

        assertThat(reports.getLast().exit()).isEqualTo(new ExitStatus(1066, 2));
        assertThat(events.getFirst().text()).contains("does not exist");
    }

    @Test
    void theAgentsOwnConfigIsCreatedWhenMissingThenRead(@TempDir Path dir) throws Exception {
        int port = freePort();
        Path config = dir.resolve("config.json");
        List<Path> created = new ArrayList<>();
        MonitorServiceApp app = new MonitorServiceApp(config, file -> {
            created.add(file);
            Files.copy(collectorConfig(dir.resolve("template"), port), file);
            Files.copy(dir.resolve("template/password.txt"), dir.resolve("password.txt"));
            return true;
        });

        ServiceLifecycle lifecycle = runInBackground(app);
        awaitState(ServiceState.RUNNING);
        lifecycle.control(ScmCodes.CONTROL_SHUTDOWN);
        running.get(60, TimeUnit.SECONDS);

        assertThat(created).containsExactly(config);
        assertThat(events).extracting(ServiceEvent::id).containsExactly(ServiceEvent.STARTED, ServiceEvent.STOPPED);
        assertThat(events.getLast().text()).contains("Windows is shutting down");
    }

    @Test
    void aTakenPortStopsTheStartWithCode1(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RunOutcome outcome = runToTheEnd(new MonitorServiceApp(collectorConfig(dir, taken.getLocalPort()),
                    MonitorServiceApp.ConfigCreator.NONE));

            assertThat(outcome.exit()).isEqualTo(new ExitStatus(1066, 1));
            assertThat(events).singleElement().extracting(ServiceEvent::text).asString()
                    .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void offWindowsAConfigWithoutHostsIsABadConfig(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, io.hvmon.windows.host.AgentConfigFile.DEFAULT_TEXT);

        runToTheEnd(new MonitorServiceApp(config, MonitorServiceApp.ConfigCreator.NONE));

        assertThat(reports.getLast().exit()).isEqualTo(new ExitStatus(1066, 2));
        assertThat(events.getFirst().text()).contains("needs Windows");
    }

    private void awaitState(ServiceState state) throws InterruptedException {
        // Bounded only so a broken test fails instead of hanging; nothing here depends on how long it takes.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reports.stream().noneMatch(status -> status.state() == state)) {
            if (System.nanoTime() > deadline || (running != null && running.isDone())) {
                throw new AssertionError("never " + state + "; reports " + reports + ", events " + events);
            }
            Thread.sleep(10);
        }
    }
}
