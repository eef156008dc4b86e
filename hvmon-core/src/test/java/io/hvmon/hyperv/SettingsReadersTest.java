package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;

import io.hvmon.model.Checkpoint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Msvm_VirtualSystemSettingData, Msvm_MemorySettingData, Msvm_ProcessorSettingData. */
class SettingsReadersTest {

    private static final String VM = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final String SNAP1 = "11111111-2222-4333-8444-555555555555";
    private static final String SNAP2 = "99999999-2222-4333-8444-555555555555";
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2024, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void realizedSettingsAndCheckpointsFromOneQuery() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Msvm_VirtualSystemSettingData", List.of(
                Instances.of("Msvm_VirtualSystemSettingData").str("InstanceID", "Microsoft:" + VM)
                        .str("VirtualSystemIdentifier", VM).str("VirtualSystemType", "Microsoft:Hyper-V:System:Realized")
                        .str("ElementName", "SQL01").dateTime("CreationTime", CREATED).str("Version", "9.0")
                        .str("VirtualSystemSubType", "Microsoft:Hyper-V:SubType:2")
                        .strs("Notes", List.of("owner: dba team", "patch on Sundays")).build(),
                // A checkpoint: its own GUID in InstanceID, the VM's in VirtualSystemIdentifier, other settings.
                Instances.of("Msvm_VirtualSystemSettingData").str("InstanceID", "Microsoft:" + SNAP1)
                        .str("VirtualSystemIdentifier", VM.toLowerCase()).str("VirtualSystemType", "Microsoft:Hyper-V:Snapshot:Realized")
                        .str("ElementName", "SQL01 - before patch").str("CreationTime", "20250110120000.000000-000")
                        .str("Version", "8.0").str("VirtualSystemSubType", "Microsoft:Hyper-V:SubType:1")
                        .strs("Notes", List.of("checkpoint notes")).build(),
                Instances.of("Msvm_VirtualSystemSettingData").str("InstanceID", "Microsoft:" + SNAP2)
                        .str("VirtualSystemIdentifier", VM).str("VirtualSystemType", "Microsoft:Hyper-V:Snapshot:Recovery")
                        .str("CreationTime", null).build(),
                Instances.of("Msvm_VirtualSystemSettingData").str("InstanceID", "Microsoft:Planned")
                        .str("VirtualSystemIdentifier", SNAP2).str("VirtualSystemType", "Microsoft:Hyper-V:System:Planned").build()));

        VirtualSystemSettingReader.Result result = new VirtualSystemSettingReader().read(session);

        assertThat(session.queries).containsExactly("SELECT InstanceID, VirtualSystemIdentifier, VirtualSystemType, "
                + "ElementName, CreationTime, Version, VirtualSystemSubType, Notes FROM Msvm_VirtualSystemSettingData");
        assertThat(result.realized()).containsOnlyKeys(VM).containsEntry(VM, new VirtualSystemSettingReader.Realized(
                VM, 2L, "9.0", "owner: dba team\npatch on Sundays", CREATED));
        assertThat(result.checkpoints()).containsOnlyKeys(VM);
        assertThat(result.checkpoints().get(VM)).containsExactly(
                new Checkpoint(SNAP1.toUpperCase(), "SQL01 - before patch", OffsetDateTime.parse("2025-01-10T12:00:00Z")),
                new Checkpoint(SNAP2.toUpperCase(), null, null));
    }

    @Test
    void generationFromTheSubtype() {
        assertThat(VirtualSystemSettingReader.generation("Microsoft:Hyper-V:SubType:2")).isEqualTo(2L);
        assertThat(VirtualSystemSettingReader.generation("microsoft:hyper-v:subtype:1")).isEqualTo(1L);
        assertThat(VirtualSystemSettingReader.generation(null)).as("before generation 2 existed").isEqualTo(1L);
        assertThat(VirtualSystemSettingReader.generation("Microsoft:Hyper-V:SubType:3")).isNull();
    }

    @Test
    void memorySettingsAsTextAndTyped() throws CimException {
        String other = "0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D";
        FakeCimSession session = new FakeCimSession().answer("Msvm_MemorySettingData", List.of(
                Instances.of("Msvm_MemorySettingData").str("InstanceID", "Microsoft:" + VM + "\\4764334d-e001-4176-82ee-5594ec9b530e")
                        .str("VirtualQuantity", "4096").str("Reservation", "1024").str("Limit", "16384")
                        .str("DynamicMemoryEnabled", "true").str("TargetMemoryBuffer", "20").build(),
                Instances.of("Msvm_MemorySettingData").str("InstanceID", "Microsoft:" + other + "\\4764334D-E001-4176-82EE-5594EC9B530E")
                        .u64("VirtualQuantity", 8192L).u64("Reservation", 8192L).u64("Limit", 8192L)
                        .bool("DynamicMemoryEnabled", false).u32("TargetMemoryBuffer", 20L).build(),
                Instances.of("Msvm_MemorySettingData").str("InstanceID", "Microsoft:Definition\\" + VM + "\\Default")
                        .u64("VirtualQuantity", 512L).build()));

        Map<String, MemorySettingReader.Row> byVm = new MemorySettingReader().read(session);

        assertThat(session.queries).containsExactly("SELECT InstanceID, VirtualQuantity, Reservation, Limit, "
                + "DynamicMemoryEnabled, TargetMemoryBuffer FROM Msvm_MemorySettingData");
        assertThat(byVm).hasSize(2)
                .containsEntry(VM, new MemorySettingReader.Row(4096L, true, 1024L, 16384L, 20L))
                .containsEntry(other, new MemorySettingReader.Row(8192L, false, null, null, null));
    }

    @Test
    void processorCountPerVm() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Msvm_ProcessorSettingData", List.of(
                Instances.of("Msvm_ProcessorSettingData").str("InstanceID", "Microsoft:" + VM + "\\b637f346-6a0e-4dec-af52-bd70cb80a21d\\0")
                        .str("VirtualQuantity", "12").build(),
                Instances.of("Msvm_ProcessorSettingData").str("InstanceID", "Microsoft:" + SNAP1 + "\\b637f346-6a0e-4dec-af52-bd70cb80a21d\\0")
                        .u64("VirtualQuantity", 2L).build()));

        assertThat(new ProcessorSettingReader().read(session)).isEqualTo(Map.of(VM, 12L, SNAP1, 2L));
        assertThat(session.queries).containsExactly("SELECT InstanceID, VirtualQuantity FROM Msvm_ProcessorSettingData");
    }
}
