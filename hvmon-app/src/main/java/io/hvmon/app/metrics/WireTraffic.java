package io.hvmon.app.metrics;

import io.hvmon.wsman.http.Traffic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WS-Man traffic counters of the hosts collected over WS-Management, by host name as configured; hosts read
 * another way (the agent's local WMI) have none. Filled when collection starts, read when {@code /metrics} renders.
 */
public final class WireTraffic {

    private final Map<String, Traffic> byHost = new ConcurrentHashMap<>();

    public void register(String host, Traffic traffic) {
        byHost.put(host, traffic);
    }

    /** The counts as of now. */
    public Map<String, WireCounts> read() {
        Map<String, WireCounts> counts = new java.util.HashMap<>();
        byHost.forEach((host, traffic) -> counts.put(host,
                new WireCounts(traffic.requests(), traffic.bytesSent(), traffic.bytesReceived())));
        return Map.copyOf(counts);
    }
}
