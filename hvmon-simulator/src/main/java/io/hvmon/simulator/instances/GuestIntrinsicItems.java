package io.hvmon.simulator.instances;

import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.VmProfile;
import io.hvmon.simulator.fleet.VmState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The intrinsic key-value pairs a guest publishes over KVP (hyperv-wmi.md §8.2): Windows guests the full Windows
 * set, Linux guests (hv_kvp_daemon) exactly its 10 keys, and a guest that is off, starting or without integration
 * services nothing at all. Addresses come from private ranges, derived from the host's subnet and the VM's index.
 */
final class GuestIntrinsicItems {

    /** Guest OS caption to NAME, VERSION_ID and kernel release, as hv_kvp_daemon reads them. */
    private static final Map<String, String[]> LINUX = Map.of(
            "Ubuntu 22.04.4 LTS", new String[] {"Ubuntu", "22.04", "5.15.0-105-generic"},
            "Ubuntu 24.04 LTS", new String[] {"Ubuntu", "24.04", "6.8.0-31-generic"},
            "Red Hat Enterprise Linux 9.3", new String[] {"Red Hat Enterprise Linux", "9.3", "5.14.0-362.8.1.el9_3.x86_64"},
            "Debian GNU/Linux 12 (bookworm)", new String[] {"Debian GNU/Linux", "12", "6.1.0-18-amd64"},
            "Rocky Linux 9.4 (Blue Onyx)", new String[] {"Rocky Linux", "9.4", "5.14.0-427.13.1.el9_4.x86_64"},
            "SUSE Linux Enterprise Server 15 SP5", new String[] {"SLES", "15-SP5", "5.14.21-150500.55.52-default"});

    private GuestIntrinsicItems() {
    }

    /** Name to Data, in publishing order; empty when the guest publishes nothing. */
    static Map<String, String> of(HostState host, VmState vm) {
        String os = vm.guestOperatingSystem();
        if (os == null) {
            return Map.of();
        }
        VmProfile p = vm.profile();
        String[] linux = LINUX.get(os);
        Map<String, String> items = new LinkedHashMap<>();
        String computer = p.name().split(" ")[0];
        items.put("FullyQualifiedDomainName", host.facts().fqdn(linux == null ? computer : computer.toLowerCase(Locale.ROOT)));
        if (linux != null) {
            String[] kernel = linux[2].split("[.-]");
            items.put("OSName", linux[0]);
            items.put("OSVersion", linux[1]);
            items.put("OSMajorVersion", kernel[0]);
            items.put("OSMinorVersion", kernel[1]);
            items.put("OSBuildNumber", linux[2]);
            items.put("IntegrationServicesVersion", "3.1");
            items.put("NetworkAddressIPv4", String.join(";", ipv4(host, p)));
            items.put("NetworkAddressIPv6", String.join(";", ipv6(p)));
            items.put("ProcessorArchitecture", "x86_64");
            return items;
        }
        String build = windowsBuild(os);
        boolean server = os.startsWith("Windows Server");
        items.put("OSName", os);
        items.put("OSVersion", "10.0." + build);
        items.put("OSMajorVersion", "10");
        items.put("OSMinorVersion", "0");
        items.put("OSBuildNumber", build);
        items.put("CSDVersion", "");
        items.put("ServicePackMajor", "0");
        items.put("ServicePackMinor", "0");
        items.put("SuiteMask", os.contains("Datacenter") ? "400" : "272");
        items.put("ProductType", server ? "3" : "1");
        items.put("OSEditionId", os.contains("Datacenter") ? "8" : os.contains("Standard") ? "7" : "4");
        items.put("OSPlatformId", "2");
        items.put("IntegrationServicesVersion", "10.0." + build + ".1000");
        items.put("NetworkAddressIPv4", String.join(";", ipv4(host, p)));
        items.put("NetworkAddressIPv6", String.join(";", ipv6(p)));
        items.put("RDPAddressIPv4", String.join(";", ipv4(host, p)));
        items.put("RDPAddressIPv6", String.join(";", ipv6(p)));
        items.put("ProcessorArchitecture", "9");
        return items;
    }

    private static String windowsBuild(String os) {
        if (os.contains("2025")) {
            return "26100";
        } else if (os.contains("2022")) {
            return "20348";
        } else if (os.contains("2019")) {
            return "17763";
        } else if (os.contains("2016")) {
            return "14393";
        }
        return os.contains("11") ? "22631" : "19045";
    }

    /** One address per adapter: the production subnet first, then a second private subnet. */
    private static List<String> ipv4(HostState host, VmProfile p) {
        List<String> result = new ArrayList<>();
        result.add(host.facts().lanPrefix() + "." + (10 + p.index() % 240));
        if (p.switchNames().size() > 1) {
            result.add("192.168." + (7 + Math.floorMod(p.id().hashCode(), 200)) + "." + (10 + p.index() % 240));
        }
        return result;
    }

    /** A unique-local address for half the guests, and always the link-local one. */
    private static List<String> ipv6(VmProfile p) {
        int hash = p.id().hashCode();
        String linkLocal = String.format("fe80::%x:%x:%x", (hash >>> 16) & 0xffff, hash & 0xffff, p.index() + 1);
        return (hash & 1) == 0 ? List.of("fd20:30::" + Integer.toHexString(p.index() + 10), linkLocal) : List.of(linkLocal);
    }
}
