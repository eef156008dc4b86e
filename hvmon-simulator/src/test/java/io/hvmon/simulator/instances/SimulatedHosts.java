package io.hvmon.simulator.instances;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.simulator.SimulatedCimSession;
import io.hvmon.simulator.Simulator;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.fleet.SimulationProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The seeded hosts the class tests read, and short ways to query them. */
final class SimulatedHosts {

    static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    static final OffsetDateTime NEVER = OffsetDateTime.parse("1601-01-01T00:00:00Z");
    static final String V2 = "root/virtualization/v2";
    static final String CIMV2 = "root/cimv2";
    static final String GUID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

    private SimulatedHosts() {
    }

    static SimulatedHost host(int vms) {
        return Simulator.host("HV-NODE01", vms, 42, Clock.fixed(START, ZoneOffset.UTC));
    }

    static SimulatedHost host(int vms, SimulationProfile profile) {
        return Simulator.host("HV-NODE01", vms, 42, Clock.fixed(START, ZoneOffset.UTC), profile);
    }

    static List<CimInstance> query(SimulatedHost host, String namespace, String wql) {
        try {
            return new SimulatedCimSession(host).query(namespace, wql);
        } catch (CimException e) {
            throw new AssertionError(e);
        }
    }

    static List<CimInstance> all(SimulatedHost host, String className) {
        return query(host, className.startsWith("Win32_") ? CIMV2 : V2, "SELECT * FROM " + className);
    }

    /** The VMs' summaries by VM GUID. */
    static Map<String, CimInstance> summaries(SimulatedHost host) {
        return all(host, "Msvm_SummaryInformation").stream()
                .collect(Collectors.toMap(s -> s.string("Name"), Function.identity()));
    }

    /** The VM GUID inside {@code Microsoft:<GUID>...}. */
    static String guidIn(String instanceId) {
        return instanceId.substring("Microsoft:".length(), "Microsoft:".length() + 36);
    }
}
