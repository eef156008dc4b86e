package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimSession;
import io.hvmon.model.HostInfo;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.QueryFailure;
import io.hvmon.model.VmSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One collection cycle against one host: a fixed set of queries, one per class, whatever the VM count.
 *
 * <p>The VM list is essential: when it cannot be read the cycle fails and the caller keeps its last good snapshot.
 * Anything else that fails is recorded in the snapshot's failures, so a partial snapshot says what it is missing.
 */
public final class HyperVReader {

    private final SummaryInformationReader summaries = new SummaryInformationReader();
    private final HostSystemReader hostSystem = new HostSystemReader();
    private final Clock clock;

    public HyperVReader(Clock clock) {
        this.clock = clock;
    }

    /** The number of queries one cycle sends: fixed, independent of the number of VMs. */
    public int queriesPerCycle() {
        return 2;
    }

    public HostSnapshot read(String hostName, CimSession session) throws CimException {
        Instant started = clock.instant();
        List<QueryFailure> failures = new ArrayList<>();
        List<VmSummary> vms = summaries.read(session);
        HostInfo host = readOptional(hostSystem, session, failures);
        Duration took = Duration.between(started, clock.instant());
        return new HostSnapshot(hostName, started, took, queriesPerCycle(), host, vms, failures);
    }

    private static <T> T readOptional(ClassReader<T> reader, CimSession session, List<QueryFailure> failures) {
        try {
            return reader.read(session);
        } catch (CimException e) {
            failures.add(new QueryFailure(reader.what(), e.kind(), e.getMessage()));
            return null;
        }
    }
}
