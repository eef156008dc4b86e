package io.hvmon.app.api;

import io.hvmon.app.metrics.MetricsFormat;
import io.hvmon.app.metrics.MetricsInput;
import io.hvmon.app.view.ValueStyle;
import io.hvmon.app.view.VmIndex;
import io.hvmon.collect.HostStatus;
import io.hvmon.model.HostSnapshot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** The standard views, counting what they render: the seam the render-once tests look through. */
final class CountingViews implements Views {

    private final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();

    /** How many bodies of this kind were rendered: replicas, vms, vm, host, hosts, metrics. */
    int renders(String kind) {
        return renders.getOrDefault(kind, new AtomicInteger()).get();
    }

    private void count(String kind) {
        renders.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public byte[] replicas(List<HostSnapshot> snapshots, ValueStyle style) {
        count("replicas");
        return STANDARD.replicas(snapshots, style);
    }

    @Override
    public byte[] vms(List<VmIndex> hosts, ValueStyle style) {
        count("vms");
        return STANDARD.vms(hosts, style);
    }

    @Override
    public byte[] vm(VmIndex.Row vm, ValueStyle style) {
        count("vm");
        return STANDARD.vm(vm, style);
    }

    @Override
    public byte[] host(HostStatus status, boolean stale, ValueStyle style) {
        count("host");
        return STANDARD.host(status, stale, style);
    }

    @Override
    public byte[] hosts(List<HostStatus> statuses, Predicate<HostStatus> stale, ValueStyle style) {
        count("hosts");
        return STANDARD.hosts(statuses, stale, style);
    }

    @Override
    public void metrics(MetricsInput input, MetricsFormat format, java.io.OutputStream out) throws java.io.IOException {
        count("metrics");
        STANDARD.metrics(input, format, out);
    }
}
