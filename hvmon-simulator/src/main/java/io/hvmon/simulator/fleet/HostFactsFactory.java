package io.hvmon.simulator.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Draws a host's hardware and switches from its seed, sized so that all its VMs fit in its memory. */
final class HostFactsFactory {

    static final String DOMAIN = "corp.example.test";
    private static final List<String[]> SERVERS = List.of(
            new String[] {"Dell Inc.", "PowerEdge R750"}, new String[] {"HPE", "ProLiant DL380 Gen10 Plus"},
            new String[] {"Lenovo", "ThinkSystem SR650 V2"}, new String[] {"Dell Inc.", "PowerEdge R650"});
    private static final List<Integer> CORES_PER_SOCKET = List.of(12, 16, 20, 24, 28);
    private static final long GIB = 1024;

    private HostFactsFactory() {
    }

    static HostFacts create(long hostSeed, Instant start, List<VmState> vms, SimulationProfile profile) {
        SeededRandom random = SeededRandom.derive(hostSeed, 6);
        String[] server = random.pick(SERVERS);
        int sockets = 2;
        int logical = sockets * random.pick(CORES_PER_SOCKET) * 2;
        long rootReserve = 4 * GIB + random.between(0, 2048);
        long needed = vms.stream().mapToLong(v -> v.profile().maxMemoryMb()).sum() + rootReserve;
        // installed DIMMs come in 64 GiB steps; Windows sees a little less than installed
        long installed = Math.max(128 * GIB, ceil(needed, 64 * GIB));
        long visible = installed - random.between(180, 420);
        String lan = "10." + random.between(16, 99) + "." + random.between(1, 250);
        Instant installedOs = start.minus(Duration.ofDays(random.between(200, 1400))).truncatedTo(ChronoUnit.SECONDS);
        return new HostFacts(profile, DOMAIN, server[0], server[1], sockets, logical, sockets, visible, rootReserve,
                switches(random, vms), lan, random.nextLong(), installedOs);
    }

    /** The switches the VMs' adapters name, plus the management switch every host has. */
    private static List<HostFacts.VirtualSwitch> switches(SeededRandom random, List<VmState> vms) {
        List<HostFacts.VirtualSwitch> result = new ArrayList<>();
        for (String name : GuestCatalog.SWITCHES) {
            boolean used = vms.stream().anyMatch(v -> v.profile().switchNames().contains(name));
            UUID raw = new UUID(random.nextLong(), random.nextLong());
            if (used || name.equals("vSwitch-Mgmt") || name.equals("vSwitch-Prod")) {
                result.add(new HostFacts.VirtualSwitch(name, raw.toString().toUpperCase(Locale.ROOT)));
            }
        }
        return result;
    }

    private static long ceil(long value, long step) {
        return (value + step - 1) / step * step;
    }
}
