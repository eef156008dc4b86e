package io.hvmon.app.api;

import io.hvmon.collect.HostStatus;
import io.hvmon.model.HostSnapshot;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hosts one answer draws on, split by whether their data is fresh, read from one look at the store so that the
 * body and its headers agree. A host without fresh data is either stale (old data is served) or never collected
 * (nothing of it is served): either way the answer is incomplete, and says so.
 *
 * @param hosts    the hosts the answer covers, in configured order
 * @param notFresh those among them that are stale or have never been collected
 */
record Coverage(List<HostStatus> hosts, List<HostStatus> notFresh) {

    Coverage {
        hosts = List.copyOf(hosts);
        notFresh = List.copyOf(notFresh);
    }

    static Coverage of(List<HostStatus> hosts, Freshness freshness) {
        return new Coverage(hosts, hosts.stream().filter(host -> !freshness.fresh(host)).toList());
    }

    /** The latest good snapshot of every covered host that has one. */
    List<HostSnapshot> snapshots() {
        return hosts.stream().map(HostStatus::snapshot).filter(Objects::nonNull).toList();
    }

    boolean anyData() {
        return hosts.stream().anyMatch(HostStatus::ready);
    }

    boolean complete() {
        return notFresh.isEmpty();
    }

    boolean anyFresh() {
        return notFresh.size() < hosts.size();
    }

    boolean allFresh() {
        return !hosts.isEmpty() && notFresh.isEmpty();
    }

    /** When the oldest snapshot served was collected; empty when no covered host has data. */
    Optional<Instant> oldestCollectedAt() {
        return snapshots().stream().map(HostSnapshot::collectedAt).min(Instant::compareTo);
    }

    /** The names of the covered hosts whose data is served but stale. */
    Set<String> staleNames() {
        return notFresh.stream().filter(HostStatus::ready).map(HostStatus::name).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether this covered host's data is served but stale, read from this coverage (not the clock again). By identity:
     * a status's record equality would compare whole snapshots.
     */
    boolean stale(HostStatus host) {
        return host.ready() && notFresh.stream().anyMatch(gap -> gap == host);
    }

    /** The covered hosts that have never been collected: nothing of them is in the answer. */
    List<HostStatus> neverCollected() {
        return notFresh.stream().filter(host -> !host.ready()).toList();
    }
}
