package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/**
 * Msvm_ProcessorSettingData: one per VM ({@code Microsoft:<VM GUID>\b637f346-6a0e-4dec-af52-bd70cb80a21d\0}) and one
 * per checkpoint (the checkpoint's GUID). VirtualQuantity is the vCPU count (the summary's NumberOfProcessors);
 * Reservation and Limit in 1/1000 percent (100000 = 100 %). hyperv-wmi.md §9.3.
 */
public final class ProcessorSettingDataBuilder extends ClassBuilder {

    static final String DEVICE = "b637f346-6a0e-4dec-af52-bd70cb80a21d";

    ProcessorSettingDataBuilder() {
        super("Msvm_ProcessorSettingData", CimNamespaces.VIRTUALIZATION_V2, "InstanceID");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        Texts texts = Texts.of(host.profile());
        int perNode = host.facts().logicalProcessors() / host.facts().numaNodes();
        return SystemSettings.all(host).stream().map(s -> new InstanceDraft(schema)
                .set("InstanceID", "Microsoft:" + s.id() + "\\" + DEVICE + "\\0")
                .set("Caption", texts.t("Processor"))
                .set("Description", texts.t("Microsoft Virtual Processor"))
                .set("ElementName", texts.t("Processor"))
                .set("ResourceType", 3)
                .set("ResourceSubType", "Microsoft:Hyper-V:Processor")
                .set("AllocationUnits", "percent / 1000")
                .set("VirtualQuantityUnits", "count")
                .set("VirtualQuantity", s.vm().profile().processors())
                .set("Reservation", 0)
                .set("Limit", 100_000)
                .set("Weight", 100)
                .set("LimitCPUID", false)
                .set("LimitProcessorFeatures", false)
                .set("HwThreadsPerCore", 0)
                .set("MaxProcessorsPerNumaNode", perNode)
                .set("MaxNumaNodesPerSocket", 1)
                .set("EnableHostResourceProtection", false)
                .set("ExposeVirtualizationExtensions", false)
                .set("HideHypervisorPresent", false)
                .set("AutomaticAllocation", true)
                .set("AutomaticDeallocation", true)
                .set("ConsumerVisibility", 3)
                .set("MappingBehavior", 0)
                .build()).toList();
    }
}
