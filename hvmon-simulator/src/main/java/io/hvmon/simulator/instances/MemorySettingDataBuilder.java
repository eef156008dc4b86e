package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.VmProfile;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/**
 * Msvm_MemorySettingData: one per VM ({@code Microsoft:<VM GUID>\4764334d-e001-4176-82ee-5594ec9b530e}) and one per
 * checkpoint (same suffix, the checkpoint's GUID). All quantities in MB ({@code byte * 2^20}): VirtualQuantity the
 * startup memory, Reservation the Dynamic Memory minimum, Limit the maximum; without Dynamic Memory all three are
 * the static size. hyperv-wmi.md §9.2.
 */
public final class MemorySettingDataBuilder extends ClassBuilder {

    static final String DEVICE = "4764334d-e001-4176-82ee-5594ec9b530e";

    MemorySettingDataBuilder() {
        super("Msvm_MemorySettingData", CimNamespaces.VIRTUALIZATION_V2, "InstanceID");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        Texts texts = Texts.of(host.profile());
        return SystemSettings.all(host).stream().map(s -> {
            VmProfile vm = s.vm().profile();
            return new InstanceDraft(schema)
                    .set("InstanceID", "Microsoft:" + s.id() + "\\" + DEVICE)
                    .set("Caption", texts.t("Memory"))
                    .set("Description", texts.t("Microsoft Virtual Machine Memory"))
                    .set("ElementName", texts.t("Memory"))
                    .set("ResourceType", 4)
                    .set("ResourceSubType", "Microsoft:Hyper-V:Memory")
                    .set("AllocationUnits", "byte * 2^20")
                    .set("VirtualQuantityUnits", "byte * 2^20")
                    .set("VirtualQuantity", vm.memoryMb())
                    .set("Reservation", minimumMb(vm))
                    .set("Limit", vm.maxMemoryMb())
                    .set("DynamicMemoryEnabled", vm.dynamicMemory())
                    .set("TargetMemoryBuffer", 20)
                    .set("Weight", 5000)
                    .set("IsVirtualized", true)
                    .set("SwapFilesInUse", false)
                    .set("HugePagesEnabled", false)
                    .set("SgxEnabled", false)
                    .set("AutomaticAllocation", true)
                    .set("AutomaticDeallocation", true)
                    .set("ConsumerVisibility", 3)
                    .set("MappingBehavior", 0)
                    .build();
        }).toList();
    }

    /** The Dynamic Memory minimum: half the startup memory, the floor the simulation never goes below. */
    static long minimumMb(VmProfile vm) {
        return vm.dynamicMemory() ? vm.memoryMb() / 2 : vm.memoryMb();
    }
}
