package io.hvmon.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything read from one Hyper-V host in one collection cycle: immutable, one host, one point in time.
 *
 * <p>Slow-changing classes (settings, guest data, switches) are not re-read every cycle: their last values are carried
 * into the next snapshots, and {@link #readAt} says when each class was actually read.
 *
 * @param hostName    the host as configured (or the local computer name for the agent)
 * @param collectedAt when the cycle started
 * @param duration    how long the cycle took
 * @param queries     how many calls (queries and method invocations) the cycle sent
 * @param host        the host's own data; null when none of it could be read (see failures)
 * @param vms         every VM on the host, in the order the source returned them
 * @param details     per VM GUID (upper case): everything beyond the summary; one entry per VM
 * @param readAt      per class read (e.g. {@code Msvm_KvpExchangeComponent}): when its data was read, earlier than
 *                    collectedAt for carried-over data
 * @param failures    the queries that failed; empty for a complete snapshot
 */
public record HostSnapshot(String hostName, Instant collectedAt, Duration duration, int queries,
                           HostInfo host, List<VmSummary> vms, Map<String, VmDetails> details,
                           Map<String, Instant> readAt, List<QueryFailure> failures) {

    public HostSnapshot {
        vms = List.copyOf(vms);
        details = caseInsensitive(details);
        readAt = caseInsensitive(readAt);
        failures = List.copyOf(failures);
    }

    /** A snapshot of the summaries alone, without details. */
    public HostSnapshot(String hostName, Instant collectedAt, Duration duration, int queries,
                        HostInfo host, List<VmSummary> vms, List<QueryFailure> failures) {
        this(hostName, collectedAt, duration, queries, host, vms, Map.of(), Map.of(), failures);
    }

    public boolean complete() {
        return failures.isEmpty();
    }

    /** One VM by its GUID, compared case-insensitively (GUIDs are upper case on Windows but not in every client). */
    public Optional<VmSummary> vm(String id) {
        return vms.stream().filter(vm -> vm.id() != null && vm.id().equalsIgnoreCase(id)).findFirst();
    }

    /** One VM's details by its GUID, case-insensitively. */
    public Optional<VmDetails> detailsOf(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(details.get(id));
    }

    private static <V> Map<String, V> caseInsensitive(Map<String, V> map) {
        TreeMap<String, V> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }
}
