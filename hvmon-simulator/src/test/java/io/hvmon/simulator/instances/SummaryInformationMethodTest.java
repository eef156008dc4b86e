package io.hvmon.simulator.instances;

import static io.hvmon.simulator.instances.SimulatedHosts.V2;
import static io.hvmon.simulator.instances.SimulatedHosts.host;
import static io.hvmon.simulator.instances.SimulatedHosts.summaries;
import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimType;
import io.hvmon.simulator.SimulatedCimSession;
import io.hvmon.simulator.fleet.Checkpoint;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.fleet.SimulationProfile;
import io.hvmon.simulator.fleet.VmState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryInformationMethodTest {

    private static final CimReference VMMS = new CimReference(V2, "Msvm_VirtualSystemManagementService",
            Map.of("CreationClassName", "Msvm_VirtualSystemManagementService", "Name", "vmms",
                    "SystemCreationClassName", "Msvm_ComputerSystem", "SystemName", "HV-NODE01"));

    private final SimulatedHost host = host(24);

    static List<CimProperty> request(List<CimReference> settingData, List<Long> codes) {
        List<CimProperty> in = new ArrayList<>();
        in.add(new CimProperty("SettingData", CimType.REFERENCE, true, settingData));
        in.add(new CimProperty("RequestedInformation", CimType.UINT32, true, codes));
        return in;
    }

    static List<CimInstance> summariesOf(CimInstance output) {
        assertThat(output.className()).isEqualTo("__PARAMETERS");
        assertThat(output.integer("ReturnValue")).isZero();
        return output.list("SummaryInformation").stream().map(CimInstance.class::cast).toList();
    }

    @Test
    void nullSettingDataAnswersForEveryVmWithTheRequestedPropertiesOnly() throws CimException {
        List<CimInstance> answer = summariesOf(new SimulatedCimSession(host).invoke(VMMS, "GetSummaryInformation",
                request(null, List.of(1L, 4L, 100L, 103L, 105L))));
        Map<String, CimInstance> enumerated = summaries(host);
        assertThat(answer).hasSize(24).allSatisfy(s -> {
            CimInstance full = enumerated.get(s.string("Name"));
            assertThat(s.className()).isEqualTo("Msvm_SummaryInformation");
            for (String p : List.of("ElementName", "NumberOfProcessors", "EnabledState", "MemoryUsage", "UpTime")) {
                assertThat(s.value(p)).as(p).isEqualTo(full.value(p));
            }
            for (String p : List.of("InstanceID", "HealthState", "Heartbeat", "ReplicationMode", "Notes", "HostComputerSystemName")) {
                assertThat(s.value(p)).as(p).isNull();
            }
        });
        assertThat(answer).extracting(s -> s.string("Name"))
                .containsExactlyElementsOf(host.snapshot().vms().stream().map(v -> v.profile().id()).toList());
    }

    @Test
    void selectedVmsComeInTheOrderAskedAndUnknownOnesHaveAnEmptyName() throws CimException {
        List<VmState> vms = host.snapshot().vms();
        VmState withCheckpoints = vms.stream().filter(v -> !v.profile().checkpoints().isEmpty()).findFirst().orElseThrow();
        Checkpoint checkpoint = withCheckpoints.profile().checkpoints().get(0);
        List<CimReference> refs = List.of(settings(vms.get(5).profile().id()), settings("00000000-0000-0000-0000-000000000000"),
                settings(checkpoint.id()), settings(withCheckpoints.profile().id()));
        List<CimInstance> answer = summariesOf(new SimulatedCimSession(host).invoke(VMMS, "getsummaryinformation",
                request(refs, List.of(0L, 1L, 2L, 4L, 100L, 107L, 118L, 136L))));
        assertThat(answer).hasSize(4);
        assertThat(answer.get(0).string("Name")).isEqualTo(vms.get(5).profile().id());
        assertThat(answer.get(0).string("HostComputerSystemName")).isEqualTo("HV-NODE01");
        assertThat(answer.get(1).string("Name")).isEmpty();
        assertThat(answer.get(1).value("ElementName")).isNull();
        CimInstance snapshot = answer.get(2);
        assertThat(snapshot.string("Name")).isEqualTo(checkpoint.id());
        assertThat(snapshot.string("ElementName")).startsWith(withCheckpoints.profile().name() + " - (");
        assertThat(snapshot.integer("NumberOfProcessors")).isEqualTo((long) withCheckpoints.profile().processors());
        assertThat(snapshot.value("EnabledState")).isNull(); // codes from 100 on are for VMs only
        List<?> snapshots = answer.get(3).list("Snapshots");
        assertThat(snapshots).hasSize(withCheckpoints.profile().checkpoints().size());
        assertThat(((CimInstance) snapshots.get(0)).string("VirtualSystemIdentifier")).isEqualTo(withCheckpoints.profile().id());
    }

    @Test
    void bothNumberingsAbove116AreAccepted() throws CimException {
        List<CimInstance> answer = summariesOf(new SimulatedCimSession(host).invoke(VMMS, "GetSummaryInformation",
                request(null, List.of(117L, 120L, 121L, 123L, 132L, 133L, 134L, 135L))));
        Map<String, CimInstance> enumerated = summaries(host);
        assertThat(answer).allSatisfy(s -> {
            CimInstance full = enumerated.get(s.string("Name"));
            for (String p : List.of("ApplicationHealth", "SwapFilesInUse", "IntegrationServicesVersionState",
                    "MemorySpansPhysicalNumaNodes", "OtherEnabledState", "EnhancedSessionModeState", "VirtualSystemSubType")) {
                assertThat(s.value(p)).as(p).isEqualTo(full.value(p));
            }
        });
    }

    @Test
    void server2012R2IgnoresCodesItDoesNotKnow() throws CimException {
        SimulatedHost old = host(24, SimulationProfile.of("en-US", "2012r2"));
        List<CimInstance> answer = summariesOf(new SimulatedCimSession(old).invoke(VMMS, "GetSummaryInformation",
                request(null, List.of(0L, 1L, 4L, 10L, 100L, 104L, 114L, 115L, 116L, 118L, 119L, 136L))));
        assertThat(answer).hasSize(24).allSatisfy(s -> {
            assertThat(s.string("Name")).matches(SimulatedHosts.GUID);
            assertThat(s.value("ElementName")).isNotNull();
            assertThat(s.value("EnabledState")).isNotNull();
            assertThat(s.value("ReplicationHealth")).isNotNull();
            assertThat(s.value("Version")).isNull();
            assertThat(s.value("ReplicationStateEx")).isNull();
            assertThat(s.value("ReplicationHealthEx")).isNull();
            assertThat(s.value("HostComputerSystemName")).isNull();
        });
    }

    @Test
    void missingRequestedInformationIsAnInvalidParameter() throws CimException {
        CimInstance output = new SimulatedCimSession(host).invoke(VMMS, "GetSummaryInformation", List.of());
        assertThat(output.integer("ReturnValue")).isEqualTo(32773L);
        assertThat(output.value("SummaryInformation")).isNull();
    }

    static CimReference settings(String guid) {
        return new CimReference(V2, "Msvm_VirtualSystemSettingData", Map.of("InstanceID", "Microsoft:" + guid));
    }
}
