package io.hvmon.app.api;

import io.hvmon.app.api.cache.CompressedBody;
import io.hvmon.app.api.cache.LatestValue;
import io.hvmon.app.api.cache.Rendered;
import io.hvmon.app.metrics.MetricsFormat;
import io.hvmon.app.metrics.MetricsInput;
import io.hvmon.app.metrics.SelfFacts;
import io.hvmon.app.view.ValueStyle;
import io.hvmon.collect.HostStatus;
import io.hvmon.collect.SnapshotStore;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The API's bodies, each rendered once per version of what it shows and per value style, then served from here.
 * What each depends on:
 * <ul>
 *   <li>{@code /hvm/replicas}, {@code /hvm/vms}: the hosts' snapshots ({@link Fleet#dataVersion()}); a failed poll
 *       changes neither;</li>
 *   <li>{@code /hvm/vms/{id}}: its host's snapshot ({@link SnapshotVms});</li>
 *   <li>{@code /hvm/hosts}: every host's status (the store generation) and which hosts are stale at the moment;</li>
 *   <li>{@code /hvm/host}, {@code /hvm/hosts/{name}}: that host's status and whether it is stale;</li>
 *   <li>{@code /metrics}: as {@code /hvm/hosts}, per format; hvmon's own figures (WS-Man traffic, process CPU and
 *       memory) are read when it is rendered, so they are as of the latest change of any host.</li>
 * </ul>
 * Staleness is the one input that changes with time alone (data grows old without any poll); it is computed per
 * request and is part of the version, so a host turning stale re-renders its status once, never serves it wrongly.
 * Every holder keeps only its latest version: memory is bounded by endpoints × styles (or formats), hosts × styles
 * and, for single VMs, requested VMs × styles of the current snapshots.
 */
final class RenderedBodies {

    /** A host's status, by identity ({@link HostStatus} is immutable and replaced on every change), and staleness. */
    private record HostVersion(HostStatus status, boolean stale) {
        @Override
        public boolean equals(Object other) {
            return other instanceof HostVersion that && that.status == status && that.stale == stale;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(status) * 31 + Boolean.hashCode(stale);
        }
    }

    /** Every host's status as of a store generation, and the names of those that are stale. */
    private record HostsVersion(long generation, Set<String> stale) {
    }

    private final SnapshotStore store;
    private final Views views;
    private final Supplier<SelfFacts> self;
    private final AtomicReference<Fleet> fleet = new AtomicReference<>(Fleet.empty());
    private final Map<ValueStyle, LatestValue<Long, Rendered>> replicas = perStyle();
    private final Map<ValueStyle, LatestValue<Long, Rendered>> vms = perStyle();
    private final Map<ValueStyle, LatestValue<HostsVersion, Rendered>> hosts = perStyle();
    private final Map<MetricsFormat, LatestValue<HostsVersion, CompressedBody>> metrics = perFormat();
    /** Per host name (lower case); only hosts the store has, so bounded by the configuration. */
    private final Map<String, Map<ValueStyle, LatestValue<HostVersion, Rendered>>> host = new ConcurrentHashMap<>();

    /** @param self reads hvmon's own figures, once per rendering of {@code /metrics} */
    RenderedBodies(SnapshotStore store, Views views, Supplier<SelfFacts> self) {
        this.store = store;
        this.views = views;
        this.self = self;
    }

    /** The hosts as of the store's latest generation; built at most once per generation. */
    Fleet fleet() {
        long generation = store.generation(); // read before the hosts: they are then at least this new
        Fleet current = fleet.get();
        while (current.generation() < generation) {
            Fleet next = current.next(generation, store.hosts(), views);
            if (fleet.compareAndSet(current, next)) {
                return next;
            }
            current = fleet.get();
        }
        return current;
    }

    Rendered replicas(Fleet of, ValueStyle style) {
        return replicas.get(style).get(of.dataVersion(), render(() -> views.replicas(of.snapshots(), style)));
    }

    Rendered vms(Fleet of, ValueStyle style) {
        return vms.get(style).get(of.dataVersion(), render(() -> views.vms(of.indexes(), style)));
    }

    Rendered vm(Fleet.Located vm, ValueStyle style) {
        return vm.vms().body(vm.row(), style);
    }

    /** {@code stale}: the names of the hosts that are stale now. */
    Rendered hosts(Fleet of, Set<String> stale, ValueStyle style) {
        return hosts.get(style).get(new HostsVersion(of.generation(), Set.copyOf(stale)),
                render(() -> views.hosts(of.hosts(), status -> stale.contains(status.name()), style)));
    }

    Rendered host(HostStatus status, boolean stale, ValueStyle style) {
        return host.computeIfAbsent(status.name().toLowerCase(Locale.ROOT), name -> perStyle()).get(style)
                .get(new HostVersion(status, stale), render(() -> views.host(status, stale, style)));
    }

    /**
     * {@code stale}: the names of the hosts that are stale now. Kept gzipped only ({@link CompressedBody}): the text of
     * a thousand VMs is ~8 MB, more than the default heap can hold twice.
     */
    CompressedBody metrics(Fleet of, Set<String> stale, MetricsFormat format) {
        return metrics.get(format).get(new HostsVersion(of.generation(), Set.copyOf(stale)),
                () -> CompressedBody.render(out -> views.metrics(new MetricsInput(of.hosts(), stale, self.get()),
                        format, out)));
    }

    private static Supplier<Rendered> render(Supplier<byte[]> body) {
        return () -> Rendered.of(body.get());
    }

    private static Map<MetricsFormat, LatestValue<HostsVersion, CompressedBody>> perFormat() {
        Map<MetricsFormat, LatestValue<HostsVersion, CompressedBody>> holders = new EnumMap<>(MetricsFormat.class);
        for (MetricsFormat format : MetricsFormat.values()) {
            holders.put(format, new LatestValue<>());
        }
        return holders;
    }

    private static <K> Map<ValueStyle, LatestValue<K, Rendered>> perStyle() {
        Map<ValueStyle, LatestValue<K, Rendered>> holders = new EnumMap<>(ValueStyle.class);
        for (ValueStyle style : ValueStyle.values()) {
            holders.put(style, new LatestValue<>());
        }
        return holders;
    }
}
