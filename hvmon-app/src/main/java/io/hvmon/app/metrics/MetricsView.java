package io.hvmon.app.metrics;

import io.hvmon.collect.HostStatus;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmSummary;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /metrics}: the hosts' latest snapshots and statuses as Prometheus metric families (docs/METRICS.md lists them),
 * then written in the format asked for. A pure function of its input, like the JSON views, so that the API renders it
 * once per version of that input. A host whose collection fails keeps its last data, flagged by
 * {@code hvmon_collection_success 0}; a host never collected has only its {@code hvmon_collection_*} series.
 */
public final class MetricsView {

    private MetricsView() {
    }

    public static byte[] render(MetricsInput input, MetricsFormat format) {
        return format.write(snapshots(input));
    }

    /** As {@link #render}, into a stream: the API writes it straight into gzip (a thousand VMs make ~8 MB of text). */
    public static void write(MetricsInput input, MetricsFormat format, OutputStream out) throws IOException {
        format.write(snapshots(input), out);
    }

    public static MetricSnapshots snapshots(MetricsInput input) {
        VmFamilies vms = new VmFamilies();
        ReplicationFamilies replication = new ReplicationFamilies();
        HostFamilies hosts = new HostFamilies();
        HostServiceFamilies services = new HostServiceFamilies();
        CollectionFamilies collection = new CollectionFamilies();
        for (HostStatus status : input.hosts()) {
            collection.add(status, input.staleHosts().contains(status.name()), input.self().wire().get(status.name()));
            HostSnapshot snapshot = status.snapshot();
            if (snapshot == null) {
                continue;
            }
            Labels host = SeriesLabels.host(status.name());
            hosts.add(host, snapshot);
            if (snapshot.host() != null) {
                services.add(host, snapshot.host());
            }
            Set<String> seen = new HashSet<>();
            for (VmSummary vm : snapshot.vms()) {
                // A VM needs its GUID to be told apart; a GUID listed twice would make two identical series.
                if (vm.id() != null && seen.add(vm.id().toUpperCase(Locale.ROOT))) {
                    Labels labels = SeriesLabels.vm(status.name(), vm.id(), vm.name());
                    var details = snapshot.detailsOf(vm.id()).orElse(null);
                    vms.add(labels, vm, details);
                    replication.add(labels, details);
                }
            }
        }
        List<MetricSnapshot> families = new ArrayList<>();
        families.addAll(vms.snapshots());
        families.addAll(replication.snapshots());
        families.addAll(hosts.snapshots());
        families.addAll(services.snapshots());
        families.addAll(collection.snapshots());
        families.addAll(SelfFamilies.of(input.self()));
        return new MetricSnapshots(families);
    }
}
