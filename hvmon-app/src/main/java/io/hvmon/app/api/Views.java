package io.hvmon.app.api;

import io.hvmon.app.metrics.MetricsFormat;
import io.hvmon.app.metrics.MetricsInput;
import io.hvmon.app.metrics.MetricsView;
import io.hvmon.app.view.HostView;
import io.hvmon.app.view.ValueStyle;
import io.hvmon.app.view.VmIndex;
import io.hvmon.app.view.VmView;
import io.hvmon.collect.HostStatus;
import io.hvmon.model.HostSnapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Predicate;

/**
 * The renderings the API caches, behind one seam: {@link #STANDARD} calls the views; a test can count what is
 * rendered. Each is a pure function of its arguments, which is what makes caching its result sound.
 */
interface Views {

    byte[] replicas(List<HostSnapshot> snapshots, ValueStyle style);

    byte[] vms(List<VmIndex> hosts, ValueStyle style);

    byte[] vm(VmIndex.Row vm, ValueStyle style);

    byte[] host(HostStatus status, boolean stale, ValueStyle style);

    byte[] hosts(List<HostStatus> statuses, Predicate<HostStatus> stale, ValueStyle style);

    /** Streamed: {@code /metrics} is written straight into gzip (see {@link RenderedBodies#metrics}). */
    void metrics(MetricsInput input, MetricsFormat format, OutputStream out) throws IOException;

    Views STANDARD = new Views() {
        @Override
        public byte[] replicas(List<HostSnapshot> snapshots, ValueStyle style) {
            return VmView.replicas(snapshots, style);
        }

        @Override
        public byte[] vms(List<VmIndex> hosts, ValueStyle style) {
            return VmView.vmsOf(hosts, style);
        }

        @Override
        public byte[] vm(VmIndex.Row vm, ValueStyle style) {
            return VmView.vm(vm, style);
        }

        @Override
        public byte[] host(HostStatus status, boolean stale, ValueStyle style) {
            return HostView.host(status, stale, style);
        }

        @Override
        public byte[] hosts(List<HostStatus> statuses, Predicate<HostStatus> stale, ValueStyle style) {
            return HostView.hosts(statuses, stale, style);
        }

        @Override
        public void metrics(MetricsInput input, MetricsFormat format, OutputStream out) throws IOException {
            MetricsView.write(input, format, out);
        }
    };
}
