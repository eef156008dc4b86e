package io.hvmon.simulator.instances;

import io.hvmon.simulator.fleet.Checkpoint;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.VmState;
import java.util.ArrayList;
import java.util.List;

/**
 * Whose settings a setting-data instance describes: a VM (its realized settings) or one of its checkpoints. Settings
 * instances are keyed by this owner's GUID, so a reader must join checkpoints to their VM through the VM GUID
 * (VirtualSystemIdentifier), not through InstanceID.
 *
 * @param checkpoint null for the VM's realized settings
 */
record SystemSettings(VmState vm, Checkpoint checkpoint) {

    static final String REALIZED = "Microsoft:Hyper-V:System:Realized";
    static final String SNAPSHOT = "Microsoft:Hyper-V:Snapshot:Realized";

    /** Each VM's realized settings followed by its checkpoints, oldest first. */
    static List<SystemSettings> all(HostState host) {
        List<SystemSettings> result = new ArrayList<>();
        for (VmState vm : host.vms()) {
            result.add(new SystemSettings(vm, null));
            vm.profile().checkpoints().forEach(c -> result.add(new SystemSettings(vm, c)));
        }
        return result;
    }

    boolean snapshot() {
        return checkpoint != null;
    }

    /** The GUID in the InstanceID: the VM's, or the checkpoint's own. */
    String id() {
        return snapshot() ? checkpoint.id() : vm.profile().id();
    }

    String virtualSystemType() {
        return snapshot() ? SNAPSHOT : REALIZED;
    }

    /** The checkpoint this one (or the VM's current state) was taken from; null for the first. */
    Checkpoint parent() {
        List<Checkpoint> checkpoints = vm.profile().checkpoints();
        int position = snapshot() ? checkpoints.indexOf(checkpoint) : checkpoints.size();
        return position > 0 ? checkpoints.get(position - 1) : null;
    }

    /** The WMI path of a checkpoint's settings, as Parent holds it. */
    static String path(HostState host, Checkpoint checkpoint) {
        return "\\\\" + host.hostName() + "\\root\\virtualization\\v2:Msvm_VirtualSystemSettingData.InstanceID=\"Microsoft:"
                + checkpoint.id() + "\"";
    }
}
