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
        byName.computeIfPresent(key(snapshot.hostName()), (k, status) -> status.succeeded(snapshot, nextAttempt));
        generation.incrementAndGet();
    }

    public void recordFailure(String name, Instant attempt, CimException.Kind kind, String error, Instant nextAttempt) {
        byName.computeIfPresent(key(name), (k, status) -> status.failed(attempt, kind, error, nextAttempt));
        generation.incrementAndGet();
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
