package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;
import io.hvmon.model.VmSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Every VM of a host from Msvm_SummaryInformation (Windows 10 / Server 2016 and later), in one query whatever the VM
 * count. (2012 R2 cannot enumerate the class: {@link SummaryInformationMethod} asks vmms instead.) Never asks for ThumbnailImage, ProcessorLoadHistory, Snapshots or AsynchronousTasks: they are large and unused.
 */
public final class SummaryInformationReader implements ClassReader<List<VmSummary>> {

    public static final String CLASS = "Msvm_SummaryInformation";

    static final List<String> PROPERTIES = List.of(
            "Name", "ElementName", "InstanceID", "EnabledState", "OtherEnabledState", "AllocatedGPU", "Shielded",
            "GuestOperatingSystem", "HealthState", "Heartbeat", "MemoryUsage", "MemoryAvailable",
            "AvailableMemoryBuffer", "NumberOfProcessors", "OperationalStatus", "StatusDescriptions", "ProcessorLoad",
            "UpTime", "ReplicationState", "ReplicationHealth", "ReplicationMode", "ReplicationStateEx",
            "ReplicationHealthEx", "ApplicationHealth", "IntegrationServicesVersionState", "EnhancedSessionModeState",
            "HostComputerSystemName", "Version", "VirtualSystemSubType", "CreationTime", "Notes");

    private static final String WQL = Wql.select(CLASS, PROPERTIES);

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public List<VmSummary> read(CimSession session) throws CimException {
        List<CimInstance> rows = session.query(CimNamespaces.VIRTUALIZATION_V2, WQL);
        List<VmSummary> vms = new ArrayList<>(rows.size());
        for (CimInstance row : rows) {
            // The class holds VMs only, but a planned or half-imported VM may lack a GUID name: skip what is no VM.
            if (VmIds.isVmId(row.string("Name"))) {
                vms.add(toVm(row));
            }
        }
        return vms;
    }

    /** Maps one Msvm_SummaryInformation row (which must carry a Name) to a VM. */
    public static VmSummary toVm(CimInstance row) {
        return new VmSummary(
                row.string("Name").toUpperCase(java.util.Locale.ROOT),
                row.string("ElementName"),
                row.string("InstanceID"),
                row.integer("EnabledState"),
                row.string("OtherEnabledState"),
                row.string("AllocatedGPU"),
                row.bool("Shielded"),
                row.string("GuestOperatingSystem"),
                row.integer("HealthState"),
                row.integer("Heartbeat"),
                row.integer("MemoryUsage"),
                row.integer("MemoryAvailable"),
                row.integer("AvailableMemoryBuffer"),
                row.integer("NumberOfProcessors"),
                row.integers("OperationalStatus"),
                row.strings("StatusDescriptions"),
                row.integer("ProcessorLoad"),
                row.integer("UpTime"),
                row.integer("ReplicationState"),
                row.integer("ReplicationHealth"),
                row.integer("ReplicationMode"),
                row.integers("ReplicationStateEx"),
                row.integers("ReplicationHealthEx"),
                row.integer("ApplicationHealth"),
                row.integer("IntegrationServicesVersionState"),
                row.integer("EnhancedSessionModeState"),
                row.string("HostComputerSystemName"),
                row.string("Version"),
                row.string("VirtualSystemSubType"),
                CimValues.dateTime(row, "CreationTime"),
                row.string("Notes"));
    }
}
