package io.hvmon.simulator.wsman;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimReference;
import io.hvmon.hyperv.HyperVReader;
import io.hvmon.model.HostSnapshot;
import io.hvmon.simulator.SimulatedCimSession;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.client.WsManSettings.AuthScheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our WS-Man client against our simulated WinRM endpoint, over loopback, through every auth path. */
@Timeout(60)
class WsManEndToEndTest {

    private static final String USER = "HV-NODE01\\monitor";
    private static final char[] PASSWORD = "Pa55-w0rd!".toCharArray();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final SimulatedHost host = new SimulatedHost("HV-NODE01", 40, 42, clock);
    private WsManEndpoint endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private URI start(EndpointOptions options) throws IOException {
        endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0), options);
        return endpoint.url("127.0.0.1");
    }

    private static WsManSession session(URI url, AuthScheme auth, char[] password) {
        return new WsManSession(WsManSettings.of(url, auth, USER, password)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)).withBatch(512_000, 7));
    }

    @Test
    void ntlmWithMessageEncryptionReadsTheSameSnapshotAsInProcess() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD));
        HyperVReader reader = new HyperVReader(clock);
        HostSnapshot direct = reader.read("hv01", new SimulatedCimSession(host));
        try (WsManSession remote = session(url, AuthScheme.NEGOTIATE, PASSWORD)) {
            HostSnapshot wire = reader.read("hv01", remote);
            assertThat(wire.vms()).hasSize(40).isEqualTo(direct.vms());
            assertThat(wire.host()).isEqualTo(direct.host());
            assertThat(wire.failures()).isEmpty();
        }
    }

    @Test
    void selectStarReturnsTypedInstancesAcrossManyPulls() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD));
        try (WsManSession remote = session(url, AuthScheme.NEGOTIATE, PASSWORD)) {
            List<CimInstance> rows = remote.query(CimNamespaces.VIRTUALIZATION_V2, "SELECT * FROM Msvm_ComputerSystem");
            assertThat(rows).hasSize(41);
            assertThat(rows).allSatisfy(r -> assertThat(r.className()).isEqualTo("Msvm_ComputerSystem"));
            assertThat(rows.getFirst().has("HwThreadsPerCoreRealized")).isTrue();
            List<CimInstance> filtered = remote.query("root\\virtualization\\v2",
                    "SELECT Name FROM Msvm_ComputerSystem WHERE Name = 'HV-NODE01'");
            assertThat(filtered).singleElement().satisfies(r -> assertThat(r.string("Name")).isEqualTo("HV-NODE01"));
        }
    }

    @Test
    void oneHandshakePerConnectionAndTheTrafficIsCounted() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD));
        try (WsManSession remote = session(url, AuthScheme.NEGOTIATE, PASSWORD)) {
            remote.query(CimNamespaces.VIRTUALIZATION_V2, "SELECT Name FROM Msvm_SummaryInformation");
            // 2 NTLM legs, then 40 VMs in batches of 7: 1 Enumerate + 5 Pulls
            assertThat(remote.traffic().requests()).isEqualTo(8);
            long received = remote.traffic().bytesReceived();
            assertThat(received).isGreaterThan(40 * 36);
            remote.query(CimNamespaces.VIRTUALIZATION_V2, "SELECT Name FROM Msvm_SummaryInformation");
            assertThat(remote.traffic().requests()).as("no second handshake on the kept-alive connection").isEqualTo(14);
            assertThat(remote.traffic().bytesSent()).isPositive();
        }
    }

    @Test
    void sessionsSharingCountersAddUpAcrossReconnections() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD));
        io.hvmon.wsman.http.Traffic host = new io.hvmon.wsman.http.Traffic();
        WsManSettings settings = WsManSettings.of(url, AuthScheme.NEGOTIATE, USER, PASSWORD)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)).withBatch(512_000, 7);
        try (WsManSession first = new WsManSession(settings, host)) {
            first.query(CimNamespaces.VIRTUALIZATION_V2, "SELECT Name FROM Msvm_SummaryInformation");
        }
        long afterFirst = host.bytesReceived();
        try (WsManSession second = new WsManSession(settings, host)) {
            second.query(CimNamespaces.VIRTUALIZATION_V2, "SELECT Name FROM Msvm_SummaryInformation");
            assertThat(second.traffic()).isSameAs(host);
        }
        // each session: 2 NTLM legs, 1 Enumerate, 5 Pulls
        assertThat(host.requests()).isEqualTo(16);
        assertThat(host.bytesReceived()).isGreaterThan(afterFirst).isGreaterThan(2 * 40 * 36);
    }

    @Test
    void getBySelectors() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD));
        try (WsManSession remote = session(url, AuthScheme.NEGOTIATE, PASSWORD)) {
            CimInstance vmms = remote.get(new CimReference(CimNamespaces.VIRTUALIZATION_V2,
                    "Msvm_VirtualSystemManagementService", Map.of("CreationClassName", "Msvm_VirtualSystemManagementService",
                    "Name", "vmms", "SystemCreationClassName", "Msvm_ComputerSystem", "SystemName", "HV-NODE01")));
            assertThat(vmms.string("Name")).isEqualTo("vmms");
        }
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD));
        try (WsManSession remote = session(url, AuthScheme.NEGOTIATE, "Wr0ng-Secret".toCharArray())) {
            assertThatThrownBy(() -> remote.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation"))
                    .isInstanceOf(CimException.class)
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.AUTHENTICATION))
                    .hasMessageContaining("refused the user name or password").hasMessageNotContaining("Wr0ng-Secret");
        }
    }

    @Test
    void badWqlAndUnknownClassesAreCannotProcessFilter() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD));
        try (WsManSession remote = session(url, AuthScheme.NEGOTIATE, PASSWORD)) {
            assertThatThrownBy(() -> remote.query("root/virtualization/v2", "SELECT Name FROM Msvm_Nothing"))
                    .isInstanceOf(CimException.class)
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.INVALID_QUERY));
            assertThatThrownBy(() -> remote.query("root/virtualization/v2", "SELECT Name FROM Msvm_ComputerSystem WHERE Name LIKE 'x%'"))
                    .isInstanceOf(CimException.class)
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.INVALID_QUERY));
            // the session stays usable after faults
            assertThat(remote.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation")).hasSize(40);
        }
    }

    @Test
    void basicOverHttpIsRefusedUnlessAllowUnencrypted() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD).withSchemes(EnumSet.of(Scheme.BASIC)));
        try (WsManSession remote = session(url, AuthScheme.BASIC, PASSWORD)) {
            assertThatThrownBy(() -> remote.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation"))
                    .isInstanceOf(CimException.class).hasMessageContaining("AllowUnencrypted")
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.AUTHENTICATION));
        }
        endpoint.close();
        url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD).withSchemes(EnumSet.of(Scheme.BASIC))
                .withAllowUnencrypted(true));
        try (WsManSession remote = session(url, AuthScheme.BASIC, PASSWORD)) {
            assertThat(remote.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation")).hasSize(40);
        }
    }

    @Test
    void negotiateAgainstABasicOnlyHostSaysWhatItOffers() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD).withSchemes(EnumSet.of(Scheme.BASIC))
                .withAllowUnencrypted(true));
        try (WsManSession remote = session(url, AuthScheme.NEGOTIATE, PASSWORD)) {
            assertThatThrownBy(() -> remote.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation"))
                    .hasMessageContaining("does not accept Negotiate").hasMessageContaining("Basic");
        }
    }

    @Test
    void unreachableHostIsNamedAsSuch() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }
        try (WsManSession remote = session(URI.create("http://127.0.0.1:" + freePort + "/wsman"), AuthScheme.NEGOTIATE, PASSWORD)) {
            assertThatThrownBy(() -> remote.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation"))
                    .isInstanceOf(CimException.class).hasMessageContaining("cannot connect to 127.0.0.1:" + freePort)
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.UNREACHABLE));
        }
    }

    @Test
    void injectedFaultsBecomeDistinctErrors() throws Exception {
        record Case(String spec, CimException.Kind kind, String text) { }
        for (Case c : List.of(new Case("drop=1", CimException.Kind.UNREACHABLE, "closed the connection"),
                new Case("malformed=1", CimException.Kind.PROTOCOL, ""),
                new Case("fault=1", CimException.Kind.FAULT, "Injected fault"))) {
            URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD).withSchemes(EnumSet.of(Scheme.BASIC))
                    .withAllowUnencrypted(true).withFaults(FaultPlan.parse(c.spec())));
            try (WsManSession remote = session(url, AuthScheme.BASIC, PASSWORD)) {
                assertThatThrownBy(() -> remote.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation"))
                        .as(c.spec()).isInstanceOf(CimException.class).hasMessageContaining(c.text())
                        .satisfies(e -> assertThat(((CimException) e).kind()).as(c.spec()).isEqualTo(c.kind()));
            }
            endpoint.close();
        }
    }

    @Test
    void aTrickleIsCutOffByTheDeadline() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults("monitor", PASSWORD).withSchemes(EnumSet.of(Scheme.BASIC))
                .withAllowUnencrypted(true).withFaults(FaultPlan.parse("trickle=1")));
        try (WsManSession remote = new WsManSession(WsManSettings.of(url, AuthScheme.BASIC, USER, PASSWORD)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)))) {
            assertThatThrownBy(() -> remote.query("root/virtualization/v2", "SELECT * FROM Msvm_SummaryInformation"))
                    .isInstanceOf(CimException.class)
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.TIMEOUT));
        }
    }
}
