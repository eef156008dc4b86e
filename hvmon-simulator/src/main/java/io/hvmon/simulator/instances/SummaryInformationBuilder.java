package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.Load;
import io.hvmon.simulator.fleet.Power;
import io.hvmon.simulator.fleet.Replication;
import io.hvmon.simulator.fleet.VmState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/** Msvm_SummaryInformation: one per VM, keyed by {@code InstanceID = "Microsoft:<GUID>"} (hyperv-wmi.md §5). */
public final class SummaryInformationBuilder extends ClassBuilder {

    /** The default Hyper-V Replica provider's id. */
    static final String REPLICA_PROVIDER = "22391CDC-272C-4DDF-BA88-9BEFB1A0975C";

    SummaryInformationBuilder() {
        super("Msvm_SummaryInformation", CimNamespaces.VIRTUALIZATION_V2, "InstanceID");
    }

    /** Refused on Server 2012 R2, where the class has no key and cannot be enumerated (GetSummaryInformation can). */
    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        if (!host.profile().windowsVersion().summaryEnumerable()) {
            throw new NotEnumerableException(className(), host.profile().windowsVersion());
        }
        return summaries(host, schema);
    }

    /** Every VM's full summary, whatever the release: what GetSummaryInformation picks its answers from. */
    static List<CimInstance> summaries(HostState host, ClassSchema schema) {
        return host.vms().stream().map(vm -> summary(host, vm, schema)).toList();
    }

    private static CimInstance summary(HostState host, VmState vm, ClassSchema schema) {
        var profile = vm.profile();
        Power power = vm.power();
        Load load = vm.load();
        Replication replication = vm.replication();
        Texts texts = Texts.of(host.profile());
        VmStatus status = VmStatus.of(vm);
        InstanceDraft d = new InstanceDraft(schema)
                .set("InstanceID", "Microsoft:" + profile.id())
                .set("Name", profile.id())
                .set("ElementName", profile.name())
                .set("Caption", texts.t("Virtual Machine"))
                .set("Description", texts.t("Microsoft Virtual Machine Summary"))
                .set("HostComputerSystemName", host.hostName())
                .set("CreationTime", profile.created())
                .set("Notes", profile.notes())
                .set("Version", profile.configVersion())
                .set("VirtualSystemSubType", profile.subType())
                .set("NumberOfProcessors", profile.processors())
                .set("EnabledState", power.enabledState())
                .set("OtherEnabledState", power.otherEnabledState())
                .set("HealthState", status.healthState())
                .set("OperationalStatus", status.operationalStatus())
                .set("StatusDescriptions", texts.all(status.statusDescriptions()))
                .set("Heartbeat", vm.heartbeat())
                .set("ApplicationHealth", vm.applicationHealth())
                .set("GuestOperatingSystem", vm.guestOperatingSystem())
                .set("IntegrationServicesVersionState", profile.integrationServices())
                .set("EnhancedSessionModeState", EnhancedSession.state(vm, host.profile().windowsVersion()))
                .set("UpTime", vm.upTimeMillis(host.now()))
                .set("ProcessorLoad", load.processorLoad())
                .set("ProcessorLoadHistory", power.isOn() ? load.history() : null)
                .set("MemoryUsage", load.memoryUsageMb())
                .set("MemoryAvailable", load.memoryAvailable())
                .set("AvailableMemoryBuffer", load.memoryBuffer())
                .set("MemorySpansPhysicalNumaNodes", power.isOn() ? Boolean.FALSE : null)
                .set("SwapFilesInUse", power.isOn() ? Boolean.FALSE : null)
                .set("HypervisorPartitionId", power.isOn() ? (long) (profile.index() + 2) : null)
                .set("VirtualSwitchNames", profile.switchNames())
                .set("Shielded", false)
                .set("AllocatedGPU", "")
                .set("ReplicationMode", replication.mode())
                .set("ReplicationState", replication.state())
                .set("ReplicationHealth", replication.health());
        if (replication.enabled()) {
            // one entry per relationship: [0] this VM's, [1] a replica's onward (extended) one
            List<Replication> relationships = replication.extended() == null ? List.of(replication)
                    : List.of(replication, replication.extended());
            d.set("ReplicationStateEx", relationships.stream().map(Replication::state).toList())
                    .set("ReplicationHealthEx", relationships.stream().map(Replication::health).toList())
                    .set("ReplicationProviderId", relationships.stream().map(r -> REPLICA_PROVIDER).toList());
        }
        return d.build();
    }
}
