package io.hvmon.events;

import io.hvmon.model.Checkpoint;
import io.hvmon.model.Checkpoints;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.Replication;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The changes between two consecutive snapshots of one host: VMs added and removed, and for every VM in both, its
 * state, health, heartbeat, replication state, health and mode, replication lag crossing a {@link LagBounds} bound,
 * and checkpoints created or removed. Pure. A value that was or becomes NULL (or unreadable) is no change: it says
 * nothing about the VM, only about what could be read.
 */
public final class SnapshotDiff {

    private final LagBounds lagBounds;

    public SnapshotDiff(LagBounds lagBounds) {
        this.lagBounds = Objects.requireNonNull(lagBounds, "lagBounds");
    }

    /** In the order of {@code after}'s VMs, removed VMs last; per VM in the order of {@link EventType}. */
    public List<Change> between(HostSnapshot before, HostSnapshot after) {
        String host = after.hostName();
        Map<String, VmSummary> old = byId(before.vms());
        List<Change> changes = new ArrayList<>();
        for (VmSummary vm : after.vms()) {
            if (vm.id() == null) {
                continue;
            }
            VmSummary was = old.remove(key(vm.id()));
            if (was == null) {
                changes.add(new Change(host, vm.id(), vm.name(), EventType.VM_ADDED, null, VmValues.state(vm)));
            } else {
                vmChanges(host, was, vm, before.detailsOf(vm.id()).orElse(null),
                        after.detailsOf(vm.id()).orElse(null), changes);
            }
        }
        for (VmSummary gone : old.values()) {
            changes.add(new Change(host, gone.id(), gone.name(), EventType.VM_REMOVED, VmValues.state(gone), null));
        }
        return changes;
    }

    private void vmChanges(String host, VmSummary was, VmSummary now, VmDetails wasDetails, VmDetails nowDetails,
                           List<Change> changes) {
        compare(host, was, now, EventType.VM_STATE, VmValues::state, changes);
        compare(host, was, now, EventType.VM_HEALTH, VmValues::health, changes);
        compare(host, was, now, EventType.VM_HEARTBEAT, VmValues::heartbeat, changes);
        compare(host, was, now, EventType.REPLICATION_STATE, VmValues::replicationState, changes);
        compare(host, was, now, EventType.REPLICATION_HEALTH, VmValues::replicationHealth, changes);
        compare(host, was, now, EventType.REPLICATION_MODE, VmValues::replicationMode, changes);
        lag(host, now, wasDetails, nowDetails, changes);
        checkpoints(host, now, wasDetails == null ? null : wasDetails.checkpoints(),
                nowDetails == null ? null : nowDetails.checkpoints(), changes);
    }

    private static void compare(String host, VmSummary was, VmSummary now, EventType type,
                                Function<VmSummary, EventValue> value, List<Change> changes) {
        EventValue before = value.apply(was);
        EventValue after = value.apply(now);
        if (before != null && after != null && !before.equals(after)) {
            changes.add(new Change(host, now.id(), now.name(), type, before, after));
        }
    }

    /** The primary relationship's lag, when its level changes; the numbers are the lags in seconds. */
    private void lag(String host, VmSummary now, VmDetails wasDetails, VmDetails nowDetails, List<Change> changes) {
        Replication was = primary(wasDetails);
        Replication is = primary(nowDetails);
        if (was == null || is == null) {
            return;
        }
        LagLevel before = lagBounds.level(was.lag(), was.interval());
        LagLevel after = lagBounds.level(is.lag(), is.interval());
        if (before != null && after != null && before != after) {
            changes.add(new Change(host, now.id(), now.name(), EventType.REPLICATION_LAG,
                    EventValue.of(before.word(), was.lag().toSeconds()), EventValue.of(after.word(), is.lag().toSeconds())));
        }
    }

    private static Replication primary(VmDetails details) {
        return details == null ? null : details.relationship(Replication.PRIMARY).orElse(null);
    }

    /** Only between two readings that list each checkpoint (a count alone cannot say which one came or went). */
    private static void checkpoints(String host, VmSummary vm, Checkpoints was, Checkpoints now, List<Change> changes) {
        if (!listed(was) || !listed(now)) {
            return;
        }
        Map<String, Checkpoint> before = new LinkedHashMap<>();
        was.items().forEach(c -> before.put(identity(c), c));
        for (Checkpoint c : now.items()) {
            if (before.remove(identity(c)) == null) {
                changes.add(new Change(host, vm.id(), vm.name(), EventType.CHECKPOINT_CREATED, null, named(c)));
            }
        }
        for (Checkpoint gone : before.values()) {
            changes.add(new Change(host, vm.id(), vm.name(), EventType.CHECKPOINT_REMOVED, named(gone), null));
        }
    }

    private static boolean listed(Checkpoints checkpoints) {
        return checkpoints != null && checkpoints.items().size() == checkpoints.count();
    }

    // The checkpoint's GUID; without one (never seen on Windows), its name and creation time.
    private static String identity(Checkpoint c) {
        return c.id() != null ? key(c.id()) : c.name() + "@" + c.created();
    }

    private static EventValue named(Checkpoint c) {
        return EventValue.words(c.name() != null ? c.name() : c.id() != null ? c.id() : "(unnamed checkpoint)");
    }

    private static Map<String, VmSummary> byId(List<VmSummary> vms) {
        Map<String, VmSummary> byId = new LinkedHashMap<>();
        for (VmSummary vm : vms) {
            if (vm.id() != null) {
                byId.put(key(vm.id()), vm);
            }
        }
        return byId;
    }

    private static String key(String id) {
        return id.toUpperCase(Locale.ROOT);
    }
}
