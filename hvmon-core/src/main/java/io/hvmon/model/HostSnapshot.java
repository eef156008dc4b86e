package io.hvmon.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from one Hyper-V host in one collection cycle: immutable, one host, one point in time.
 *
 * @param hostName    the host as configured (or the local computer name for the agent)
 * @param collectedAt when the cycle started
 * @param duration    how long the cycle took
 * @param queries     how many queries the cycle sent
 * @param host        the host's own data; null when it could not be read (see failures)
 * @param vms         every VM on the host, in the order the source returned them
 * @param failures    the queries that failed; empty for a complete snapshot
 */
public record HostSnapshot(String hostName, Instant collectedAt, Duration duration, int queries,
                           HostInfo host, List<VmSummary> vms, List<QueryFailure> failures) {

    public HostSnapshot {
        vms = List.copyOf(vms);
        failures = List.copyOf(failures);
    }

    public boolean complete() {
        return failures.isEmpty();
    }

    /** One VM by its GUID, compared case-insensitively (GUIDs are upper case on Windows but not in every client). */
    public Optional<VmSummary> vm(String id) {
        return vms.stream().filter(vm -> vm.id() != null && vm.id().equalsIgnoreCase(id)).findFirst();
    }
}
