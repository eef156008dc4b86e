package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.Checkpoint;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.Power;
import io.hvmon.simulator.fleet.VmProfile;
import io.hvmon.simulator.schema.ClassSchema;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Msvm_VirtualSystemSettingData: every VM's realized settings ({@code Microsoft:<VM GUID>}, type
 * {@code Microsoft:Hyper-V:System:Realized}) and its checkpoints ({@code Microsoft:<snapshot GUID>}, type
 * {@code Microsoft:Hyper-V:Snapshot:Realized}, VirtualSystemIdentifier = the VM GUID, Parent = the previous
 * checkpoint's path). hyperv-wmi.md §9.1.
 */
public final class VirtualSystemSettingDataBuilder extends ClassBuilder {

    private static final String DATA_ROOT = "D:\\Hyper-V";
    private static final DateTimeFormatter EN_US = DateTimeFormatter.ofPattern("M/d/yyyy - h:mm:ss a", Locale.US);
    private static final DateTimeFormatter ZH_CN = DateTimeFormatter.ofPattern("yyyy/M/d - H:mm:ss", Locale.ROOT);

    VirtualSystemSettingDataBuilder() {
        super("Msvm_VirtualSystemSettingData", CimNamespaces.VIRTUALIZATION_V2, "InstanceID");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        return SystemSettings.all(host).stream().map(s -> settings(host, s, schema)).toList();
    }

    /** The settings of one VM or checkpoint (also embedded in GetSummaryInformation's Snapshots). */
    static CimInstance settings(HostState host, SystemSettings s, ClassSchema schema) {
        Texts texts = Texts.of(host.profile());
        VmProfile vm = s.vm().profile();
        Checkpoint parent = s.parent();
        return new InstanceDraft(schema)
                .set("InstanceID", "Microsoft:" + s.id())
                .set("ConfigurationID", s.id())
                .set("Caption", texts.t("Virtual Machine Settings"))
                .set("Description", texts.t(s.snapshot() ? "Checkpoint settings for the virtual machine."
                        : "Active settings for the virtual machine."))
                .set("ElementName", s.snapshot() ? snapshotName(host, vm, s.checkpoint()) : vm.name())
                .set("VirtualSystemIdentifier", vm.id())
                .set("VirtualSystemType", s.virtualSystemType())
                .set("VirtualSystemSubType", vm.subType())
                .set("Version", vm.configVersion())
                .set("Notes", List.of(vm.notes()))
                .set("CreationTime", s.snapshot() ? s.checkpoint().created() : vm.created())
                .set("Parent", parent == null ? null : SystemSettings.path(host, parent))
                .set("ConfigurationDataRoot", DATA_ROOT)
                .set("ConfigurationFile", DATA_ROOT + (s.snapshot() ? "\\Snapshots\\" : "\\Virtual Machines\\")
                        + s.id() + ".vmcx")
                .set("SnapshotDataRoot", DATA_ROOT)
                .set("SuspendDataRoot", DATA_ROOT)
                .set("SwapFileDataRoot", DATA_ROOT)
                .set("GuestStateDataRoot", DATA_ROOT)
                .set("IsSaved", !s.snapshot() && s.vm().power().enabledState() == Power.SAVED)
                .set("IsAutomaticSnapshot", false)
                .set("UserSnapshotType", 3)
                .set("AutomaticStartupAction", 3)
                .set("AutomaticStartupActionDelay", Duration.ZERO)
                .set("AutomaticShutdownAction", 3)
                .set("AutomaticRecoveryAction", 3)
                .set("SecureBootEnabled", vm.generation() == 2)
                .set("VirtualNumaEnabled", true)
                .set("EnhancedSessionTransportType", 0)
                .set("TurnOffOnGuestRestart", false)
                .set("LockOnDisconnect", false)
                .build();
    }

    /** Hyper-V names a checkpoint after its VM and the local time it was taken, in the host's date format. */
    static String snapshotName(HostState host, VmProfile vm, Checkpoint checkpoint) {
        DateTimeFormatter format = host.profile().chinese() ? ZH_CN : EN_US;
        return vm.name() + " - (" + format.format(checkpoint.created().atOffset(ZoneOffset.UTC)) + ")";
    }
}
