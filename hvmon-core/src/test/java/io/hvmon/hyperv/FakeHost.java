package io.hvmon.hyperv;

import io.hvmon.cim.CimInstance;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete Hyper-V host for reader tests: every class the readers ask for, with N VMs, values as WS-Man delivers
 * them (text, typed datetimes). VM i has GUID {@link #vmId(int)}; even VMs are replicated (primary), VM 0 also has an
 * extended relationship and a checkpoint.
 */
final class FakeHost {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");

    private FakeHost() {
    }

    static String vmId(int i) {
        return String.format("00000000-0000-4000-8000-%012d", i);
    }

    static FakeCimSession withVms(int count) {
        List<CimInstance> summaries = new ArrayList<>();
        List<CimInstance> computers = new ArrayList<>(List.of(Instances.hostSystem("HV01")));
        List<CimInstance> relationships = new ArrayList<>();
        List<CimInstance> replicationSettings = new ArrayList<>();
        List<CimInstance> vssd = new ArrayList<>();
        List<CimInstance> memory = new ArrayList<>();
        List<CimInstance> processors = new ArrayList<>();
        List<CimInstance> kvp = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = vmId(i);
            boolean replicated = i % 2 == 0;
            summaries.add(Instances.summary(id, "VM" + i, replicated ? 1 : 0));
            computers.add(Instances.hostSystem(id));
            if (replicated) {
                relationships.add(relationship(id, 0, "3", "1", NOW.minusMinutes(2)));
                replicationSettings.add(Instances.of("Msvm_ReplicationSettingData").str("InstanceID", "Microsoft:" + id + "\\HVR\\0")
                        .str("ReplicationInterval", "300").str("PrimaryHostSystem", "hv01.corp.example")
                        .str("RecoveryConnectionPoint", "hv07").str("RecoveryHostSystem", "hv07.corp.example").build());
            }
            vssd.add(Instances.of("Msvm_VirtualSystemSettingData").str("InstanceID", "Microsoft:" + id)
                    .str("VirtualSystemIdentifier", id).str("VirtualSystemType", "Microsoft:Hyper-V:System:Realized")
                    .str("ElementName", "VM" + i).dateTime("CreationTime", NOW.minusDays(100)).str("Version", "9.0")
                    .str("VirtualSystemSubType", "Microsoft:Hyper-V:SubType:2").strs("Notes", List.of("vm " + i)).build());
            memory.add(Instances.of("Msvm_MemorySettingData").str("InstanceID", "Microsoft:" + id + "\\4764334d-e001-4176-82ee-5594ec9b530e")
                    .str("VirtualQuantity", "4096").str("Reservation", "512").str("Limit", "1048576")
                    .str("DynamicMemoryEnabled", "false").str("TargetMemoryBuffer", "20").build());
            processors.add(Instances.of("Msvm_ProcessorSettingData").str("InstanceID", "Microsoft:" + id + "\\b637f346-6a0e-4dec-af52-bd70cb80a21d\\0")
                    .str("VirtualQuantity", "4").build());
            kvp.add(Instances.of("Msvm_KvpExchangeComponent").str("SystemName", id).strs("GuestIntrinsicExchangeItems", List.of(
                    "<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>vm" + i
                            + ".corp.example</VALUE></PROPERTY><PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>FullyQualifiedDomainName"
                            + "</VALUE></PROPERTY></INSTANCE>")).build());
        }
        if (count > 0) {
            relationships.add(relationship(vmId(0), 1, "3", "2", NOW.minusMinutes(47)));
            vssd.add(Instances.of("Msvm_VirtualSystemSettingData").str("InstanceID", "Microsoft:AAAAAAAA-0000-4000-8000-000000000000")
                    .str("VirtualSystemIdentifier", vmId(0)).str("VirtualSystemType", "Microsoft:Hyper-V:Snapshot:Realized")
                    .dateTime("CreationTime", NOW.minusDays(30)).str("Version", "5.0").build());
        }
        return new FakeCimSession()
                .answer("Msvm_SummaryInformation", summaries)
                .answer("Msvm_ComputerSystem", computers)
                .answer("Msvm_VirtualSystemManagementService", List.of(Instances.of("Msvm_VirtualSystemManagementService")
                        .str("Name", "vmms").str("SystemName", "HV01").str("Started", "true").str("EnabledState", "2")
                        .str("HealthState", "5").strs("OperationalStatus", List.of("2")).build()))
                .answer("Msvm_ReplicationService", List.of(Instances.of("Msvm_ReplicationService")
                        .str("Name", "replicasvc").str("SystemName", "HV01").str("Started", "true").str("EnabledState", "2")
                        .str("HealthState", "5").strs("OperationalStatus", List.of("2")).build()))
                .answer("Msvm_ReplicationRelationship", relationships)
                .answer("Msvm_ReplicationSettingData", replicationSettings)
                .answer("Msvm_VirtualSystemSettingData", vssd)
                .answer("Msvm_MemorySettingData", memory)
                .answer("Msvm_ProcessorSettingData", processors)
                .answer("Msvm_KvpExchangeComponent", kvp)
                .answer("Msvm_VirtualEthernetSwitch", List.of(Instances.of("Msvm_VirtualEthernetSwitch")
                        .str("Name", "C08CB7B8-9B3C-408E-8E30-5E16A3AEB444").str("ElementName", "External LAN")
                        .str("HealthState", "5").str("EnabledState", "2").build()))
                .answer("Win32_OperatingSystem", List.of(Instances.of("Win32_OperatingSystem")
                        .str("Caption", "Microsoft Windows Server 2022 Datacenter").str("Version", "10.0.20348")
                        .str("BuildNumber", "20348").dateTime("LastBootUpTime", NOW.minusDays(3))
                        .str("TotalVisibleMemorySize", "268435456").str("FreePhysicalMemory", "67108864").build()))
                .answer("Win32_ComputerSystem", List.of(Instances.of("Win32_ComputerSystem").str("Name", "HV01")
                        .str("DNSHostName", "hv01").str("Domain", "corp.example").str("NumberOfLogicalProcessors", "64")
                        .str("TotalPhysicalMemory", "274877906944").build()))
                .answer(HypervisorProcessorReader.CLASS, List.of(Instances.of("x").str("Name", "_Total")
                        .str("PercentTotalRunTime", "23").build()))
                .answer(MemoryBalancerReader.CLASS, List.of(Instances.of("x").str("Name", "Balancer 0")
                        .str("AvailableMemory", "65536").str("AveragePressure", "40").build()));
    }

    static CimInstance relationship(String id, int index, String state, String health, OffsetDateTime last) {
        return Instances.of("Msvm_ReplicationRelationship").str("InstanceID", "Microsoft:" + id + "\\HVR\\" + index)
                .str("ReplicationState", state).str("ReplicationHealth", health).dateTime("LastReplicationTime", last)
                .dateTime("LastApplyTime", last).dateTime("LastApplicationConsistentReplicationTime",
                        OffsetDateTime.parse("1601-01-01T00:00:00Z")).str("LastReplicationType", "1").build();
    }
}
