package io.hvmon.simulator.fleet;

import java.time.Instant;
import java.util.List;

/**
 * What a host is, as opposed to what its VMs do: hardware, domain, switches, the variant it plays. Fixed for the
 * host's life. Immutable.
 *
 * @param profile           the locale and Windows release played
 * @param domain            the AD DNS domain, e.g. {@code corp.example.test}
 * @param manufacturer      Win32_ComputerSystem.Manufacturer
 * @param model             Win32_ComputerSystem.Model
 * @param sockets           physical processor packages
 * @param logicalProcessors logical processors (hyper-threads) in all
 * @param numaNodes         physical NUMA nodes
 * @param totalMemoryMb     memory visible to Windows, MB
 * @param rootReserveMb     what the management OS and the hypervisor keep for themselves, MB
 * @param switches          the virtual switches, in a stable order
 * @param lanPrefix         the first three octets of the VMs' production subnet, e.g. {@code 10.20.31}
 * @param noiseSeed         the seed of this host's counter noise
 * @param osInstalled       when Windows was installed
 */
public record HostFacts(SimulationProfile profile, String domain, String manufacturer, String model, int sockets,
                        int logicalProcessors, int numaNodes, long totalMemoryMb, long rootReserveMb,
                        List<VirtualSwitch> switches, String lanPrefix, long noiseSeed, Instant osInstalled) {

    /** One virtual switch: its name (ElementName) and GUID (Name). */
    public record VirtualSwitch(String name, String id) {
    }

    public HostFacts {
        switches = List.copyOf(switches);
    }

    /** The DNS name of a computer of this domain, e.g. {@code HV-NODE01.corp.example.test}. */
    public String fqdn(String computerName) {
        return computerName + "." + domain;
    }
}
