package io.hvmon.simulator.wsman;

import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimType;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.fleet.SimulationProfile;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.client.WsManSettings.AuthScheme;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The classes and the method added for issue 4, read over loopback with our WS-Man client. */
@Timeout(60)
class NewClassesOverWsManTest {

    private static final char[] PASSWORD = "Pa55-w0rd!".toCharArray();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private static WsManSession session(WsManEndpoint endpoint) {
        return new WsManSession(WsManSettings.of(endpoint.url("127.0.0.1"), AuthScheme.NEGOTIATE, "HV-NODE01\\monitor", PASSWORD)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }

    @Test
    void kvpItemsReplicationAndHostClassesTravelTheWire() throws Exception {
        SimulatedHost host = new SimulatedHost("HV-NODE01", 24, 42, clock);
        try (WsManEndpoint endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0),
                EndpointOptions.windowsDefaults("monitor", PASSWORD)); WsManSession remote = session(endpoint)) {
            List<CimInstance> kvp = remote.query(CimNamespaces.VIRTUALIZATION_V2,
                    "SELECT SystemName, GuestIntrinsicExchangeItems FROM Msvm_KvpExchangeComponent");
            assertThat(kvp).hasSize(24);
            assertThat(kvp).anySatisfy(k -> assertThat(k.strings("GuestIntrinsicExchangeItems"))
                    .anyMatch(item -> item.startsWith("<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\">")
                            && item.contains("<VALUE>FullyQualifiedDomainName</VALUE>")));
            List<CimInstance> relationships = remote.query(CimNamespaces.VIRTUALIZATION_V2,
                    "SELECT InstanceID, LastReplicationTime FROM Msvm_ReplicationRelationship");
            assertThat(relationships).isNotEmpty().allSatisfy(r -> {
                assertThat(r.string("InstanceID")).matches("Microsoft:.{36}\\\\HVR\\\\[01]");
                assertThat(r.dateTime("LastReplicationTime")).isNotNull();
            });
            List<CimInstance> total = remote.query(CimNamespaces.CIMV2,
                    "SELECT * FROM Win32_PerfFormattedData_HvStats_HyperVHypervisorLogicalProcessor WHERE Name = '_Total'");
            assertThat(total).singleElement().satisfies(t -> assertThat(t.integer("PercentTotalRunTime")).isBetween(0L, 100L));
        }
    }

    @Test
    void getSummaryInformationThroughInvokeOnA2012R2Host() throws Exception {
        SimulatedHost host = new SimulatedHost("HV-NODE01", 24, 42, clock, SimulationProfile.of("zh-CN", "2012r2"));
        String guid = host.snapshot().vms().get(2).profile().id();
        CimReference vmms = new CimReference(CimNamespaces.VIRTUALIZATION_V2, "Msvm_VirtualSystemManagementService",
                Map.of("CreationClassName", "Msvm_VirtualSystemManagementService", "Name", "vmms",
                        "SystemCreationClassName", "Msvm_ComputerSystem", "SystemName", "HV-NODE01"));
        try (WsManEndpoint endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0),
                EndpointOptions.windowsDefaults("monitor", PASSWORD)); WsManSession remote = session(endpoint)) {
            CimInstance all = remote.invoke(vmms, "GetSummaryInformation", List.of(
                    new CimProperty("RequestedInformation", CimType.UINT32, true, List.of(0L, 1L, 100L, 111L, 118L))));
            assertThat(all.integer("ReturnValue")).isZero();
            List<?> summaries = all.list("SummaryInformation");
            assertThat(summaries).hasSize(24).allSatisfy(o -> {
                CimInstance s = (CimInstance) o;
                assertThat(s.string("Name")).hasSize(36);
                assertThat(s.integer("EnabledState")).isNotNull();
                assertThat(s.value("ReplicationStateEx")).isNull(); // 118 is unknown on 2012 R2
            });
            assertThat(summaries).anySatisfy(o -> assertThat(((CimInstance) o).strings("StatusDescriptions")).contains("正常运行"));

            CimInstance one = remote.invoke(vmms, "GetSummaryInformation", List.of(
                    new CimProperty("SettingData", CimType.REFERENCE, true, List.of(new CimReference(
                            CimNamespaces.VIRTUALIZATION_V2, "Msvm_VirtualSystemSettingData", Map.of("InstanceID", "Microsoft:" + guid)))),
                    new CimProperty("RequestedInformation", CimType.UINT32, true, List.of(4L))));
            assertThat(one.list("SummaryInformation")).singleElement().satisfies(o -> {
                CimInstance s = (CimInstance) o;
                assertThat(s.string("Name")).isEqualTo(guid);
                assertThat(s.integer("NumberOfProcessors")).isEqualTo((long) host.snapshot().vms().get(2).profile().processors());
            });
        }
    }
}
