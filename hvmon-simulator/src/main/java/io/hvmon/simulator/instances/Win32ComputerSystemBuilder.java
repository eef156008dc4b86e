package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostFacts;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/**
 * Win32_ComputerSystem (root/cimv2): the physical machine. NumberOfProcessors counts sockets; TotalPhysicalMemory
 * is in bytes (Win32_OperatingSystem's TotalVisibleMemorySize × 1024).
 */
public final class Win32ComputerSystemBuilder extends ClassBuilder {

    Win32ComputerSystemBuilder() {
        super("Win32_ComputerSystem", CimNamespaces.CIMV2, "Name");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        HostFacts facts = host.facts();
        return List.of(new InstanceDraft(schema)
                .set("Name", host.hostName())
                .set("Caption", host.hostName())
                .set("Description", "AT/AT COMPATIBLE")
                .set("CreationClassName", "Win32_ComputerSystem")
                .set("DNSHostName", host.hostName())
                .set("Domain", facts.domain())
                .set("PartOfDomain", true)
                .set("DomainRole", 3)
                .set("Manufacturer", facts.manufacturer())
                .set("Model", facts.model())
                .set("SystemType", "x64-based PC")
                .set("SystemFamily", "Server")
                .set("NumberOfProcessors", facts.sockets())
                .set("NumberOfLogicalProcessors", facts.logicalProcessors())
                .set("TotalPhysicalMemory", facts.totalMemoryMb() * 1024 * 1024)
                .set("HypervisorPresent", true)
                .set("PCSystemType", 4)
                .set("PCSystemTypeEx", 4)
                .set("BootupState", "Normal boot")
                .set("Status", "OK")
                .set("PrimaryOwnerName", "Windows User")
                .set("AutomaticManagedPagefile", false)
                .set("CurrentTimeZone", 0)
                .set("Roles", List.of("LM_Workstation", "LM_Server", "NT", "Server_NT"))
                .build());
    }
}
