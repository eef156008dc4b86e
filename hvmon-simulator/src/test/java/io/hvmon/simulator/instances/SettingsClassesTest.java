package io.hvmon.simulator.instances;

import static io.hvmon.simulator.instances.SimulatedHosts.GUID;
import static io.hvmon.simulator.instances.SimulatedHosts.V2;
import static io.hvmon.simulator.instances.SimulatedHosts.all;
import static io.hvmon.simulator.instances.SimulatedHosts.guidIn;
import static io.hvmon.simulator.instances.SimulatedHosts.host;
import static io.hvmon.simulator.instances.SimulatedHosts.query;
import static io.hvmon.simulator.instances.SimulatedHosts.summaries;
import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimInstance;
import io.hvmon.simulator.fleet.SimulatedHost;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SettingsClassesTest {

    private final SimulatedHost host = host(24);
    private final Map<String, CimInstance> summaries = summaries(host);

    @Test
    void realizedSettingsAreOnePerVmAndMatchTheSummary() {
        List<CimInstance> realized = query(host, V2,
                "SELECT * FROM Msvm_VirtualSystemSettingData WHERE VirtualSystemType = 'Microsoft:Hyper-V:System:Realized'");
        assertThat(realized).hasSize(24).allSatisfy(s -> {
            String guid = s.string("VirtualSystemIdentifier");
            CimInstance summary = summaries.get(guid);
            assertThat(s.string("InstanceID")).isEqualTo("Microsoft:" + guid);
            assertThat(s.string("ElementName")).isEqualTo(summary.string("ElementName"));
            assertThat(s.string("Version")).isEqualTo(summary.string("Version"));
            assertThat(s.string("VirtualSystemSubType")).isEqualTo(summary.string("VirtualSystemSubType"));
            assertThat(s.dateTime("CreationTime")).isEqualTo(summary.dateTime("CreationTime"));
            assertThat(s.strings("Notes")).containsExactly(summary.string("Notes"));
            assertThat(s.string("ConfigurationID")).isEqualTo(guid);
        });
        assertThat(realized).anyMatch(s -> !s.strings("Notes").get(0).isEmpty());
    }

    @Test
    void checkpointsPointAtTheirVmAndChainByParent() {
        List<CimInstance> snapshots = query(host, V2,
                "SELECT * FROM Msvm_VirtualSystemSettingData WHERE VirtualSystemType = 'Microsoft:Hyper-V:Snapshot:Realized'");
        long expected = host.snapshot().vms().stream().mapToLong(v -> v.profile().checkpoints().size()).sum();
        assertThat(snapshots).hasSize((int) expected).isNotEmpty();
        Map<String, CimInstance> byId = snapshots.stream()
                .collect(Collectors.toMap(s -> s.string("InstanceID"), Function.identity()));
        assertThat(snapshots).allSatisfy(s -> {
            CimInstance vm = summaries.get(s.string("VirtualSystemIdentifier"));
            assertThat(vm).isNotNull();
            assertThat(guidIn(s.string("InstanceID"))).isNotEqualTo(vm.string("Name")).matches(GUID);
            assertThat(s.string("ElementName")).startsWith(vm.string("ElementName") + " - (")
                    .matches(".* - \\(\\d{1,2}/\\d{1,2}/\\d{4} - \\d{1,2}:\\d{2}:\\d{2} [AP]M\\)");
            assertThat(s.dateTime("CreationTime")).isBefore(SimulatedHosts.START.atOffset(java.time.ZoneOffset.UTC))
                    .isAfter(vm.dateTime("CreationTime"));
            if (s.string("Parent") != null) {
                String parentId = s.string("Parent").replaceAll(".*InstanceID=\"(.*)\"", "$1");
                CimInstance parent = byId.get(parentId);
                assertThat(parent.string("VirtualSystemIdentifier")).isEqualTo(s.string("VirtualSystemIdentifier"));
                assertThat(parent.dateTime("CreationTime")).isBefore(s.dateTime("CreationTime"));
            }
        });
        assertThat(snapshots).filteredOn(s -> s.string("Parent") == null).hasSize(
                (int) host.snapshot().vms().stream().filter(v -> !v.profile().checkpoints().isEmpty()).count());
    }

    @Test
    void memorySettingsAreInMegabytesAndFollowDynamicMemory() {
        List<CimInstance> memory = all(host, "Msvm_MemorySettingData");
        List<CimInstance> ofVms = memory.stream().filter(m -> summaries.containsKey(guidIn(m.string("InstanceID")))).toList();
        assertThat(ofVms).hasSize(24);
        assertThat(memory).hasSize(24 + (int) host.snapshot().vms().stream()
                .mapToLong(v -> v.profile().checkpoints().size()).sum());
        assertThat(memory).allSatisfy(m -> {
            assertThat(m.string("InstanceID")).matches("Microsoft:" + GUID + "\\\\4764334d-e001-4176-82ee-5594ec9b530e");
            assertThat(m.string("AllocationUnits")).isEqualTo("byte * 2^20");
            assertThat(m.integer("ResourceType")).isEqualTo(4L);
            assertThat(m.string("ResourceSubType")).isEqualTo("Microsoft:Hyper-V:Memory");
        });
        for (CimInstance m : ofVms) {
            CimInstance summary = summaries.get(guidIn(m.string("InstanceID")));
            boolean sentinel = summary.integer("MemoryAvailable") == Integer.MAX_VALUE;
            boolean running = summary.integer("EnabledState") == 2;
            if (running) {
                assertThat(m.bool("DynamicMemoryEnabled")).isEqualTo(!sentinel);
            }
            if (m.bool("DynamicMemoryEnabled")) {
                assertThat(m.integer("Reservation")).isLessThan(m.integer("VirtualQuantity"));
                assertThat(m.integer("Limit")).isGreaterThan(m.integer("VirtualQuantity"));
                long assigned = summary.integer("MemoryUsage");
                if (assigned > 0) { // 0 while off or saved
                    assertThat(assigned).isBetween(m.integer("Reservation"), m.integer("Limit"));
                }
                assertThat(m.integer("TargetMemoryBuffer")).isEqualTo(20L);
            } else {
                assertThat(sentinel).isTrue();
                assertThat(m.integer("Reservation")).isEqualTo(m.integer("VirtualQuantity")).isEqualTo(m.integer("Limit"));
                if (running) {
                    assertThat(summary.integer("MemoryUsage")).isEqualTo(m.integer("VirtualQuantity"));
                }
            }
        }
        assertThat(ofVms).anyMatch(m -> m.bool("DynamicMemoryEnabled")).anyMatch(m -> !m.bool("DynamicMemoryEnabled"));
    }

    @Test
    void processorSettingsCountTheSummarysVirtualProcessors() {
        List<CimInstance> processors = all(host, "Msvm_ProcessorSettingData");
        List<CimInstance> ofVms = processors.stream().filter(p -> summaries.containsKey(guidIn(p.string("InstanceID")))).toList();
        assertThat(ofVms).hasSize(24).allSatisfy(p -> {
            assertThat(p.string("InstanceID")).matches("Microsoft:" + GUID + "\\\\b637f346-6a0e-4dec-af52-bd70cb80a21d\\\\0");
            assertThat(p.integer("VirtualQuantity")).isEqualTo(summaries.get(guidIn(p.string("InstanceID"))).integer("NumberOfProcessors"));
            assertThat(p.integer("Reservation")).isZero();
            assertThat(p.integer("Limit")).isEqualTo(100_000L);
            assertThat(p.integer("Weight")).isEqualTo(100L);
            assertThat(p.integer("ResourceType")).isEqualTo(3L);
        });
    }
}
