package io.hvmon.app.metrics;

import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot.InfoDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

/**
 * An info family being filled: one series of value 1 per described thing, whose labels carry what describes it, so
 * that the value series need only the labels that identify it (join with {@code * on(host, vm_id) group_left(...)}).
 * Its name is given without {@code _info}, which the writers add.
 */
final class InfoFamily {

    private final InfoSnapshot.Builder builder;

    InfoFamily(String name, String help) {
        builder = InfoSnapshot.builder().name(name).help(help);
    }

    void add(Labels labels) {
        builder.dataPoint(InfoDataPointSnapshot.builder().labels(labels).build());
    }

    MetricSnapshot snapshot() {
        return builder.build();
    }
}
