package io.hvmon.simulator.wsman;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.hyperv.values.EnabledState;
import io.hvmon.hyperv.values.EnhancedSessionModeState;
import io.hvmon.hyperv.values.OperationalStatus;
import io.hvmon.hyperv.values.ValueMaps;
import io.hvmon.simulator.SimulatedCimSession;
import io.hvmon.simulator.fleet.Power;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.fleet.SimulationProfile;
import io.hvmon.simulator.fleet.VmState;
import io.hvmon.simulator.fleet.WindowsVersion;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.soap.InstanceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts read from recorded WS-Man replies of real Hyper-V hosts (hyperv-wmi.md §13 item 22), one test each, checked
 * on what the simulator serves. The samples shipped in this repository (Win32_Process) show NULL scalars as
 * {@code xsi:nil} but hold no array property, so the array fact rests on the reference alone.
 */
@Timeout(60)
class RecordedHostFactsTest {

    private static final String V2 = CimNamespaces.VIRTUALIZATION_V2;
    private static final char[] PASSWORD = "Pa55-w0rd!".toCharArray();
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    private static SimulatedHost host(WindowsVersion windows) {
        return new SimulatedHost("HV-NODE01", 24, 42, Clock.fixed(START, ZoneOffset.UTC),
                SimulationProfile.DEFAULT.withWindowsVersion(windows));
    }

    private static CimInstance hostRow(List<CimInstance> systems) {
        return systems.stream().filter(s -> "HV-NODE01".equals(s.string("Name"))).findFirst().orElseThrow();
    }

    @Test
    void nullArraysAreLeftOutOfTheInstanceWhileNullScalarsAreNil() throws Exception {
        SimulatedHost host = host(WindowsVersion.SERVER_2019);
        CimInstance inProcess = hostRow(new SimulatedCimSession(host).query(V2, "SELECT * FROM Msvm_ComputerSystem"));
        assertThat(inProcess.has("Roles")).isTrue();
        assertThat(inProcess.value("Roles")).isNull();

        String xml = InstanceWriter.typed(V2, inProcess).xml();
        for (String nullArray : List.of("Roles", "Dedicated", "IdentifyingDescriptions", "PowerManagementCapabilities",
                "AvailableRequestedStates", "OtherIdentifyingInfo")) {
            assertThat(xml).as(nullArray).doesNotContain("<p:" + nullArray);
        }
        assertThat(xml).contains("<p:InstanceID xsi:nil=\"true\"/>", "<p:InstallDate xsi:nil=\"true\"/>",
                "<p:OnTimeInMilliseconds xsi:nil=\"true\"/>", "<p:ProcessID xsi:nil=\"true\"/>");
        // a one-element array is a single element
        assertThat(xml).containsOnlyOnce("<p:OperationalStatus>").contains("<p:OperationalStatus>2</p:OperationalStatus>");

        try (WsManEndpoint endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0),
                EndpointOptions.windowsDefaults("monitor", PASSWORD));
             WsManSession remote = new WsManSession(WsManSettings.of(endpoint.url("127.0.0.1"),
                     WsManSettings.AuthScheme.NEGOTIATE, "monitor", PASSWORD)
                     .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)))) {
            CimInstance overWsMan = hostRow(remote.query(V2, "SELECT * FROM Msvm_ComputerSystem"));
            assertThat(overWsMan.has("Roles")).as("absent, not NULL").isFalse();
            assertThat(overWsMan.strings("Roles")).isNull();
            assertThat(overWsMan.has("InstanceID")).isTrue();
            assertThat(overWsMan.value("InstanceID")).isNull();
            assertThat(overWsMan.integers("OperationalStatus")).containsExactly(2L);
        }
    }

    @Test
    void theHostRowReportsRequestedState12AndIdleVmsReport5() throws Exception {
        List<CimInstance> systems = new SimulatedCimSession(host(WindowsVersion.SERVER_2019))
                .query(V2, "SELECT Name, RequestedState FROM Msvm_ComputerSystem");
        assertThat(hostRow(systems).integer("RequestedState")).isEqualTo(12);
        assertThat(systems).filteredOn(s -> !"HV-NODE01".equals(s.string("Name"))).hasSize(24)
                .allSatisfy(vm -> assertThat(vm.integer("RequestedState")).isEqualTo(5));
    }

    @Test
    void server2022VmsReportEnhancedSessionModeState6AndOlderReleasesKeepTheirMix() throws Exception {
        for (String wql : List.of("SELECT Name, EnhancedSessionModeState FROM Msvm_SummaryInformation",
                "SELECT Name, EnhancedSessionModeState FROM Msvm_ComputerSystem WHERE Name <> 'HV-NODE01'")) {
            assertThat(new SimulatedCimSession(host(WindowsVersion.SERVER_2022)).query(V2, wql)).as(wql).hasSize(24)
                    .allSatisfy(vm -> assertThat(vm.integer("EnhancedSessionModeState")).isEqualTo(6));
            assertThat(new SimulatedCimSession(host(WindowsVersion.SERVER_2019)).query(V2, wql)).as(wql)
                    .extracting(vm -> vm.integer("EnhancedSessionModeState")).contains(2L, 3L);
        }
        assertThat(ValueMaps.friendly(EnhancedSessionModeState.class, 6L)).isEqualTo("Allowed but not available");
    }

    @Test
    void virtualSwitchesReportEnabledState5NotApplicable() throws Exception {
        List<CimInstance> switches = new SimulatedCimSession(host(WindowsVersion.SERVER_2019))
                .query(V2, "SELECT ElementName, EnabledState, HealthState FROM Msvm_VirtualEthernetSwitch");
        assertThat(switches).isNotEmpty().allSatisfy(s -> {
            assertThat(s.integer("EnabledState")).isEqualTo(5);
            assertThat(s.integer("HealthState")).isEqualTo(5);
        });
        assertThat(ValueMaps.friendly(EnabledState.class, 5L)).isEqualTo("Not Applicable");
    }

    @Test
    void aVmThatTheSimulationShutsDownReportsInService() throws Exception {
        SimulatedHost host = host(WindowsVersion.SERVER_2019);
        VmState stopping = runUntilARunningVmShutsDown(host);
        SimulatedCimSession session = new SimulatedCimSession(host);
        CimInstance system = session.query(V2, "SELECT * FROM Msvm_ComputerSystem WHERE Name = '"
                + stopping.profile().id() + "'").getFirst();
        assertThat(system.integer("EnabledState")).isEqualTo(4);
        assertThat(system.integers("OperationalStatus")).containsExactly(11L);
        assertThat(system.string("Status")).isEqualTo("Service");
        CimInstance summary = session.query(V2, "SELECT EnabledState, OperationalStatus FROM Msvm_SummaryInformation"
                + " WHERE Name = '" + stopping.profile().id() + "'").getFirst();
        assertThat(summary.integers("OperationalStatus")).containsExactly(11L);
        assertThat(ValueMaps.friendly(OperationalStatus.class, 11L)).isEqualTo("In Service");
        assertThat(ValueMaps.friendly(EnabledState.class, 4L)).isEqualTo("Stopping");
    }

    /** Ticks the host forward until a VM that was running is shutting down; the seed makes the tick the same each run. */
    private static VmState runUntilARunningVmShutsDown(SimulatedHost host) {
        List<VmState> before = host.snapshot().vms();
        for (int tick = 1; tick <= 20_000; tick++) {
            host.advanceTo(START.plus(SimulatedHost.TICK.multipliedBy(tick)));
            List<VmState> after = host.snapshot().vms();
            for (int i = 0; i < after.size(); i++) {
                if (before.get(i).power().enabledState() == Power.RUNNING
                        && after.get(i).power().enabledState() == Power.STOPPING) {
                    return after.get(i);
                }
            }
            before = after;
        }
        throw new AssertionError("no running VM began to shut down in 20000 ticks");
    }
}
