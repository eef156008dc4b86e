package io.hvmon.events;

import io.hvmon.collect.HostStatus;
import io.hvmon.collect.StatusListener;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the store records into events: a host becoming unreachable (its first failed collection after a
 * success, or its very first collection failing) and recovering, and the {@link SnapshotDiff} between a host's
 * consecutive good snapshots. A host's first good snapshot is the baseline: it yields no VM events (all its VMs
 * would otherwise be "added" at every start). Snapshots compared across an outage show what changed during it.
 */
public final class ChangeDetector implements StatusListener {

    static final String REACHABLE = "reachable";

    private final SnapshotDiff diff;
    private final EventLog log;

    public ChangeDetector(SnapshotDiff diff, EventLog log) {
        this.diff = diff;
        this.log = log;
    }

    @Override
    public void recorded(HostStatus before, HostStatus after) {
        List<Change> changes = new ArrayList<>();
        Instant time;
        boolean succeeded = after.consecutiveFailures() == 0;
        if (!succeeded) {
            time = after.lastAttempt();
            if (before.consecutiveFailures() == 0) {
                changes.add(new Change(after.name(), null, null, EventType.HOST_UNREACHABLE,
                        before.ready() ? EventValue.words(REACHABLE) : null, EventValue.words(after.lastError())));
            }
        } else {
            time = after.snapshot().collectedAt();
            if (before.consecutiveFailures() > 0) {
                changes.add(new Change(after.name(), null, null, EventType.HOST_RECOVERED,
                        EventValue.of(before.lastError(), (long) before.consecutiveFailures()),
                        EventValue.words(REACHABLE)));
            }
            if (before.snapshot() != null) {
                changes.addAll(diff.between(before.snapshot(), after.snapshot()));
            }
        }
        if (!changes.isEmpty()) {
            log.append(time, changes);
        }
    }
}
