package io.hvmon.windows.wmi;

import io.hvmon.hyperv.HyperVReader;
import io.hvmon.model.HostSnapshot;
import io.hvmon.simulator.SimulatedCimSession;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.fleet.SimulationProfile;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.WsManEndpoint;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same simulated host read two ways: as WS-Management text over loopback (the collector's path) and as the
 * VARIANTs WMI hands over through COM (the agent's path, with counting fakes standing in for COM). The Hyper-V readers
 * must build identical snapshots from both.
 */
@Timeout(120)
class ComMatchesWsManTest {

    private static final char[] PASSWORD = "Pa55-w0rd!".toCharArray();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"2019, en-US", "2022, en-US", "2012r2, en-US", "2019, zh-CN"})
    void hyperVReadersBuildTheSameSnapshotFromVariantsAsFromWsManText(String windows, String locale) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
        SimulatedHost host = new SimulatedHost("HV-NODE01", 30, 7, clock, SimulationProfile.of(locale, windows));
        FakeCom com = new FakeCom(new SimulatedCimSession(host));
        try (WsManEndpoint endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0),
                EndpointOptions.windowsDefaults("monitor", PASSWORD))) {
            URI url = endpoint.url("127.0.0.1");
            HostSnapshot overWsMan;
            try (WsManSession wsman = new WsManSession(WsManSettings.of(url, WsManSettings.AuthScheme.NEGOTIATE,
                    "HV-NODE01\\monitor", PASSWORD.clone()).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20)))) {
                overWsMan = new HyperVReader(clock).read("HV-NODE01", wsman);
            }
            HostSnapshot overCom;
            try (ComWmiSession local = new ComWmiSession(com, Duration.ofSeconds(20), "local WMI (fake COM)")) {
                overCom = new HyperVReader(clock).read("HV-NODE01", local);
            }
            assertThat(overCom.vms()).hasSize(30).isEqualTo(overWsMan.vms());
            assertThat(overCom.details()).isEqualTo(overWsMan.details());
            assertThat(overCom.host()).isEqualTo(overWsMan.host());
            assertThat(overCom.readAt()).isEqualTo(overWsMan.readAt());
            assertThat(overCom.failures()).isEqualTo(overWsMan.failures());
            assertThat(overCom.queries()).isEqualTo(overWsMan.queries());
        }
        assertThat(com.leaked()).isZero();
    }
}
