package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.Power;
import io.hvmon.simulator.fleet.Replication;
import io.hvmon.simulator.fleet.VmState;
import io.hvmon.simulator.schema.ClassSchema;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Msvm_ComputerSystem: the host first (Name = computer name), then one per VM (Name = GUID, InstanceID NULL as on
 * real hosts). Keys CreationClassName + Name (hyperv-wmi.md §2, §6). As recorded on real hosts (§13 item 22): the
 * host reports RequestedState 12 and leaves InstanceID, OnTimeInMilliseconds, ProcessID and the replication
 * properties NULL; an idle VM reports RequestedState 5.
 */
public final class ComputerSystemBuilder extends ClassBuilder {

    /** Hyper-V's "never": the FILETIME epoch, e.g. LastReplicationTime of a VM that never replicated. */
    public static final OffsetDateTime NEVER = OffsetDateTime.of(1601, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    ComputerSystemBuilder() {
        super("Msvm_ComputerSystem", CimNamespaces.VIRTUALIZATION_V2, "CreationClassName", "Name");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        List<CimInstance> result = new ArrayList<>(host.vms().size() + 1);
        result.add(hostSystem(host, schema));
        host.vms().forEach(vm -> result.add(virtualMachine(host, vm, schema)));
        return result;
    }

    private static CimInstance hostSystem(HostState host, ClassSchema schema) {
        Texts texts = Texts.of(host.profile());
        return new InstanceDraft(schema)
                .set("CreationClassName", "Msvm_ComputerSystem")
                .set("Name", host.hostName())
                .set("ElementName", host.hostName())
                .set("Caption", texts.t("Hosting Computer System"))
                .set("Description", texts.t("Microsoft Hosting Computer System"))
                .set("EnabledState", 2)
                .set("EnabledDefault", 2)
                .set("RequestedState", 12) // the host row says Not Applicable, VMs say 5 (recorded replies, §13.22)
                .set("HealthState", 5)
                .set("OperationalStatus", List.of(2))
                .set("StatusDescriptions", List.of(texts.t("Operating normally")))
                .set("Status", "OK")
                .set("NumberOfNumaNodes", host.facts().numaNodes())
                .set("ResetCapability", 1)
                .set("TimeOfLastStateChange", host.bootTime())
                .build();
    }

    private static CimInstance virtualMachine(HostState host, VmState vm, ClassSchema schema) {
        Power power = vm.power();
        Replication replication = vm.replication();
        VmStatus status = VmStatus.of(vm);
        Texts texts = Texts.of(host.profile());
        return new InstanceDraft(schema)
                .set("CreationClassName", "Msvm_ComputerSystem")
                .set("Name", vm.profile().id())
                .set("ElementName", vm.profile().name())
                .set("Caption", texts.t("Virtual Machine"))
                .set("Description", texts.t("Microsoft Virtual Machine"))
                .set("InstallDate", vm.profile().created())
                .set("EnabledState", power.enabledState())
                .set("OtherEnabledState", power.otherEnabledState())
                .set("RequestedState", 5)
                .set("EnabledDefault", 2)
                .set("TransitioningToState", transitioningTo(power))
                .set("TimeOfLastStateChange", power.lastStateChange())
                .set("TimeOfLastConfigurationChange", power.lastStateChange())
                .set("HealthState", status.healthState())
                .set("OperationalStatus", status.operationalStatus())
                .set("StatusDescriptions", texts.all(status.statusDescriptions()))
                .set("Status", status.status())
                .set("OnTimeInMilliseconds", power.onTimeMillis(host.now()))
                .set("ProcessID", power.processId())
                .set("NumberOfNumaNodes", 1)
                .set("HwThreadsPerCoreRealized", power.isOn() ? 1L : null)
                .set("ResetCapability", 1)
                .set("EnhancedSessionModeState", EnhancedSession.state(vm, host.profile().windowsVersion()))
                .set("ReplicationMode", replication.mode())
                .set("ReplicationState", replication.state())
                .set("ReplicationHealth", replication.health())
                .set("FailedOverReplicationType", 0)
                .set("LastReplicationType", replication.lastReplication() == null ? 0 : 1)
                .set("LastReplicationTime", replication.lastReplication() == null ? NEVER : replication.lastReplication())
                .set("LastApplicationConsistentReplicationTime", NEVER)
                .build();
    }

    /** The state a transition is heading to; 12 (Not Applicable) when none is under way. */
    private static int transitioningTo(Power power) {
        return switch (power.enabledState()) {
            case Power.STARTING -> 2;
            case Power.STOPPING -> 3;
            case Power.SAVING -> 6;
            case Power.OTHER -> switch (String.valueOf(power.otherEnabledState())) {
                case "Quiescing" -> 9;
                case "Resuming" -> 2;
                default -> 6;
            };
            default -> 12;
        };
    }
}
