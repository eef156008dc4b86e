package io.hvmon.app.metrics;

import java.util.Map;

/**
 * hvmon's own figures, read once per rendering of {@code /metrics} (they move between collections, but are shown as
 * of the latest one, like everything else in the body).
 *
 * @param wire    WS-Man traffic per host name (hosts collected over WS-Management only)
 * @param process the process's CPU and memory
 * @param version hvmon's version, "development" when not run from a built jar
 */
public record SelfFacts(Map<String, WireCounts> wire, ProcessFacts process, String version) {

    public SelfFacts {
        wire = Map.copyOf(wire);
    }

    public static SelfFacts read(WireTraffic traffic) {
        String version = SelfFacts.class.getPackage().getImplementationVersion();
        return new SelfFacts(traffic.read(), ProcessFacts.read(), version == null ? "development" : version);
    }
}
