package io.hvmon.app.metrics;

import io.hvmon.collect.HostStatus;

import java.util.List;
import java.util.Set;

/**
 * Everything a {@code /metrics} body is a function of.
 *
 * @param hosts      every configured host's status, in configured order
 * @param staleHosts the names of the hosts whose data is stale now (staleness moves with the clock, so it is an input)
 * @param self       hvmon's own figures as of the rendering
 */
public record MetricsInput(List<HostStatus> hosts, Set<String> staleHosts, SelfFacts self) {

    public MetricsInput {
        hosts = List.copyOf(hosts);
        staleHosts = Set.copyOf(staleHosts);
    }
}
