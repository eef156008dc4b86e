package io.hvmon.app.run;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.cim.CimException;
import io.hvmon.simulator.Simulator;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import io.hvmon.simulator.wsman.WsManEndpoint;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.client.WsManSettings.AuthScheme;
import io.hvmon.wsman.http.TlsOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The remote path as users run it: https with certificate checks, and the demo's NTLM-sealed collection. */
@Timeout(90)
class RemoteCollectionTest {

    private static final char[] PASSWORD = "Tls-Pa55word".toCharArray();
    private final SimulatedHost host = Simulator.host("HV-NODE01", 12, 7, Clock.systemUTC());
    private WsManEndpoint endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private URI https(Path dir, EnumSet<Scheme> schemes) throws Exception {
        return https(dir, schemes, "127.0.0.1");
    }

    private URI https(Path dir, EnumSet<Scheme> schemes, String loopback) throws Exception {
        SelfSignedTls tls = SelfSignedTls.create(dir, List.of());
        endpoint = WsManEndpoint.start(host, new InetSocketAddress(loopback, 0),
                EndpointOptions.windowsDefaults("monitor", PASSWORD).withSchemes(schemes).withTls(tls.context()));
        return endpoint.url(loopback);
    }

    private static WsManSession session(URI url, AuthScheme auth, TlsOptions tls) {
        return new WsManSession(WsManSettings.of(url, auth, "monitor", PASSWORD).withTls(tls)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }

    @Test
    void httpsWithTheServersCaVerifiesAndWorksForBasicAndNtlm(@TempDir Path dir) throws Exception {
        URI url = https(dir, EnumSet.of(Scheme.BASIC, Scheme.NEGOTIATE));
        TlsOptions trustSimulator = new TlsOptions(true, Optional.of(dir.resolve("cert.pem")));
        for (AuthScheme auth : EnumSet.of(AuthScheme.BASIC, AuthScheme.NEGOTIATE)) {
            try (WsManSession session = session(url, auth, trustSimulator)) {
                assertThat(session.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation"))
                        .as(auth.name()).hasSize(12);
            }
        }
    }

    @Test
    void anUntrustedCertificateIsATlsFailureThatSaysWhatToDo(@TempDir Path dir) throws Exception {
        URI url = https(dir, EnumSet.of(Scheme.NEGOTIATE));
        try (WsManSession session = session(url, AuthScheme.NEGOTIATE, TlsOptions.SYSTEM_TRUST)) {
            assertThatThrownBy(() -> session.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation"))
                    .isInstanceOf(CimException.class).hasMessageContaining("not trusted").hasMessageContaining("tls.ca_file")
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.TLS));
        }
        try (WsManSession insecure = session(url, AuthScheme.NEGOTIATE, new TlsOptions(false, Optional.empty()))) {
            assertThat(insecure.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation")).hasSize(12);
        }
    }

    @Test
    void aCertificateForAnotherNameIsRefused(@TempDir Path dir) throws Exception {
        // The certificate names 127.0.0.1 and localhost; the server answers on 127.0.0.2.
        URI byOtherName = https(dir, EnumSet.of(Scheme.NEGOTIATE), "127.0.0.2");
        try (WsManSession session = session(byOtherName, AuthScheme.NEGOTIATE,
                new TlsOptions(true, Optional.of(dir.resolve("cert.pem"))))) {
            assertThatThrownBy(() -> session.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation"))
                    .isInstanceOf(CimException.class).hasMessageContaining("127.0.0.2")
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.TLS));
        }
    }

    @Test
    void windows2012R2AndLocalizedHostsGiveTheSameVmsOverTheWire() throws Exception {
        java.util.function.Function<io.hvmon.simulator.fleet.SimulationProfile, io.hvmon.model.HostSnapshot> collect = profile -> {
            try (DemoSources demo = DemoSources.start(1, 15, 9, profile, Duration.ofSeconds(20));
                 var session = demo.sources().getFirst().sessions().open()) {
                return new io.hvmon.hyperv.HyperVReader(Clock.systemUTC()).read("hv", session);
            } catch (io.hvmon.cim.CimException e) {
                throw new AssertionError(e);
            }
        };
        var normal = collect.apply(io.hvmon.simulator.fleet.SimulationProfile.DEFAULT);
        var old = collect.apply(io.hvmon.simulator.fleet.SimulationProfile.of("en-US", "2012r2"));
        var chinese = collect.apply(io.hvmon.simulator.fleet.SimulationProfile.of("zh-CN", "2019"));
        for (var snapshot : List.of(normal, old, chinese)) {
            assertThat(snapshot.failures()).isEmpty();
            assertThat(snapshot.vms()).extracting(io.hvmon.model.VmSummary::id)
                    .containsExactlyInAnyOrderElementsOf(normal.vms().stream().map(io.hvmon.model.VmSummary::id).toList());
            assertThat(snapshot.host().computerName()).isEqualTo("HV-NODE01");
        }
        assertThat(old.queries()).as("the refused enumeration and the GetSummaryInformation call").isEqualTo(normal.queries() + 1);
        assertThat(old.vms()).allSatisfy(vm -> assertThat(vm.applicationHealth()).as("code 120+ ignored on 2012 R2").isNull());
        assertThat(chinese.vms()).extracting(io.hvmon.model.VmSummary::enabledState)
                .isEqualTo(normal.vms().stream().map(io.hvmon.model.VmSummary::enabledState).toList());
    }

    @Test
    void theDemoServesReplicasCollectedOverTheWire() throws Exception {
        var config = io.hvmon.app.config.HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(Duration.ofSeconds(2));
        try (DemoSources demo = DemoSources.start(2, 10, 42, Duration.ofSeconds(2));
             Monitor monitor = Monitor.start(config, demo.sources())) {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + monitor.port());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            List<Object> hosts;
            do {
                Thread.sleep(100);
                hosts = JSON.std.listFrom(http.send(HttpRequest.newBuilder(base.resolve("/hvm/hosts")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            } while (hosts.stream().anyMatch(h -> !Boolean.TRUE.equals(((Map<?, ?>) h).get("ready")))
                    && System.nanoTime() < deadline);
            assertThat(hosts).hasSize(2).allSatisfy(h -> {
                assertThat(((Map<?, ?>) h).get("ready")).isEqualTo(true);
                assertThat(((Map<?, ?>) h).get("source")).asString().contains("WS-Man http://127.0.0.1:")
                        .contains("NTLM with message encryption");
            });
            List<Object> replicas = JSON.std.listFrom(http.send(HttpRequest.newBuilder(base.resolve("/hvm/replicas")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(replicas).isNotEmpty();
            List<Object> vms = JSON.std.listFrom(http.send(HttpRequest.newBuilder(base.resolve("/hvm/vms")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(vms).hasSize(20);
            // issue 4's details come through the wire too: replication reasons, guest data, settings
            assertThat(vms).map(vm -> (Map<?, ?>) vm).filteredOn(vm -> !Integer.valueOf(0).equals(vm.get("replication_mode")))
                    .isNotEmpty().allSatisfy(vm -> assertThat(vm.get("replication_status")).asString()
                            .matches("(Normal|Warning|Critical): .*"));
            assertThat(vms).map(vm -> (Map<?, ?>) vm).filteredOn(vm -> "running".equals(vm.get("state")))
                    .anySatisfy(vm -> assertThat(vm.get("guest_fqdn")).asString().endsWith(".corp.example.test"));
            assertThat(vms).map(vm -> (Map<?, ?>) vm).allSatisfy(vm -> assertThat(vm.get("virtual_processors")).isNotNull());
            Map<String, Object> hostJson = JSON.std.mapFrom(http.send(HttpRequest.newBuilder(
                    base.resolve("/hvm/hosts/HV-NODE01")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(hostJson).containsKeys("os_caption", "uptime_seconds", "hypervisor_cpu_percent", "virtual_switches")
                    .containsEntry("missing", List.of());
            assertThat(hostJson.get("logical_processors")).isNotNull();
        }
    }
}
