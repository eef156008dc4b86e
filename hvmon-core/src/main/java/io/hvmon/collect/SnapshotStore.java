package io.hvmon.collect;

import io.hvmon.cim.CimException;
import io.hvmon.model.HostSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latest status of every host, shared between the collector (the only writer) and the HTTP views (readers).
 * Readers get immutable values and never wait on a collection.
 *
 * <p>The {@linkplain #generation() generation} counts the changes, so that views can render a body once per change
 * instead of once per request.
 */
public final class SnapshotStore {

    private final List<String> order = new CopyOnWriteArrayList<>();
    private final Map<String, HostStatus> byName = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final List<StatusListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Tells {@code listener} about every recorded collection, success or failure, after the store holds it. It is
     * called on the polling thread of the host, so it must be quick (hand work elsewhere, never block).
     */
    public void addListener(StatusListener listener) {
        listeners.add(listener);
    }

    /** Adds a host before its first collection, so it is listed (as not ready) from the start. */
    public void register(String name, String source) {
        String key = key(name);
        if (byName.putIfAbsent(key, HostStatus.registered(name, source)) != null) {
            throw new IllegalArgumentException("host " + name + " is registered twice");
        }
        order.add(key);
        generation.incrementAndGet();
    }

    public void recordSuccess(HostSnapshot snapshot, Instant nextAttempt) {
        record(snapshot.hostName(), status -> status.succeeded(snapshot, nextAttempt));
    }

    public void recordFailure(String name, Instant attempt, CimException.Kind kind, String error, Instant nextAttempt) {
        record(name, status -> status.failed(attempt, kind, error, nextAttempt));
    }

    private void record(String name, java.util.function.UnaryOperator<HostStatus> change) {
        HostStatus[] before = new HostStatus[1];
        HostStatus after = byName.computeIfPresent(key(name), (k, status) -> {
            before[0] = status;
            return change.apply(status);
        });
        generation.incrementAndGet();
        if (after != null) {
            for (StatusListener listener : listeners) {
                listener.recorded(before[0], after);
            }
        }
    }

    /**
     * A number that grows with every change of any host (registered, collected, failed). It is raised after the change
     * is in place, so hosts read after reading the generation are at least as new as that generation.
     */
    public long generation() {
        return generation.get();
    }

    /** One host by name, case-insensitively. */
    public Optional<HostStatus> host(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** Every host, in the order they were registered. */
    public List<HostStatus> hosts() {
        List<HostStatus> all = new ArrayList<>(order.size());
        for (String key : order) {
            all.add(byName.get(key));
        }
        return all;
    }

    /** The latest good snapshot of every host that has one. */
    public List<HostSnapshot> snapshots() {
        return hosts().stream().map(HostStatus::snapshot).filter(java.util.Objects::nonNull).toList();
    }

    /** Ready once any host has been collected successfully: there is data to serve. */
    public boolean ready() {
        return byName.values().stream().anyMatch(HostStatus::ready);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
