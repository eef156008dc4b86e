package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.HostFacts;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.WindowsVersion;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/**
 * Win32_OperatingSystem (root/cimv2): the management OS. Memory fields are in KB (TotalVisibleMemorySize,
 * FreePhysicalMemory, the virtual-memory ones), unlike Win32_ComputerSystem's bytes (hyperv-wmi.md §11.4).
 */
public final class OperatingSystemBuilder extends ClassBuilder {

    private static final long PAGE_FILE_MB = 8192;

    OperatingSystemBuilder() {
        super("Win32_OperatingSystem", CimNamespaces.CIMV2, "Name");
    }

    @Override
    public List<CimInstance> build(HostState host, ClassSchema schema) {
        HostFacts facts = host.facts();
        WindowsVersion windows = host.profile().windowsVersion();
        HostLoad load = HostLoad.of(host);
        boolean chinese = host.profile().chinese();
        long running = host.vms().stream().filter(v -> v.power().isOn()).count();
        long totalKb = facts.totalMemoryMb() * 1024;
        long freeKb = load.freeMb() * 1024;
        long pageFileFreeKb = (PAGE_FILE_MB - 300 - load.tickNoise()) * 1024;
        return List.of(new InstanceDraft(schema)
                .set("Name", windows.caption() + "|C:\\Windows|\\Device\\Harddisk0\\Partition4")
                .set("Caption", windows.caption())
                .set("Version", windows.version())
                .set("BuildNumber", windows.buildNumber())
                .set("BuildType", "Multiprocessor Free")
                .set("CSName", host.hostName())
                .set("CSCreationClassName", "Win32_ComputerSystem")
                .set("CreationClassName", "Win32_OperatingSystem")
                .set("Manufacturer", "Microsoft Corporation")
                .set("OSArchitecture", "64-bit")
                .set("OSType", 18)
                .set("ProductType", 3)
                .set("OperatingSystemSKU", 8)
                .set("Primary", true)
                .set("Status", "OK")
                .set("InstallDate", facts.osInstalled())
                .set("LastBootUpTime", host.bootTime())
                .set("LocalDateTime", host.now())
                .set("CurrentTimeZone", 0)
                .set("Locale", chinese ? "0804" : "0409")
                .set("OSLanguage", chinese ? 2052 : 1033)
                .set("CountryCode", chinese ? "86" : "1")
                .set("CodeSet", chinese ? "936" : "1252")
                .set("MUILanguages", List.of(host.profile().locale()))
                .set("TotalVisibleMemorySize", totalKb)
                .set("FreePhysicalMemory", freeKb)
                .set("SizeStoredInPagingFiles", PAGE_FILE_MB * 1024)
                .set("FreeSpaceInPagingFiles", pageFileFreeKb)
                .set("TotalVirtualMemorySize", totalKb + PAGE_FILE_MB * 1024)
                .set("FreeVirtualMemory", freeKb + pageFileFreeKb)
                .set("NumberOfProcesses", 78 + 2 * running + load.tickNoise() % 9)
                .set("NumberOfUsers", 2)
                .set("MaxNumberOfProcesses", 4294967295L)
                .set("ServicePackMajorVersion", 0)
                .set("ServicePackMinorVersion", 0)
                .set("SystemDrive", "C:")
                .set("WindowsDirectory", "C:\\Windows")
                .set("SystemDirectory", "C:\\Windows\\system32")
                .set("BootDevice", "\\Device\\HarddiskVolume1")
                .set("SystemDevice", "\\Device\\HarddiskVolume4")
                .set("RegisteredUser", "Windows User")
                .set("Distributed", false)
                .set("Debug", false)
                .build());
    }
}
