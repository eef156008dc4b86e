package io.hvmon.app.metrics;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

/** A counter family being filled; its name is given without {@code _total}, which the writers add. */
final class CounterFamily {

    private final CounterSnapshot.Builder builder;

    /** @param unit the base unit the name ends with, or null for a count */
    CounterFamily(String name, String help, Unit unit) {
        builder = CounterSnapshot.builder().name(name).help(help);
        if (unit != null) {
            builder.unit(unit);
        }
    }

    void add(Labels labels, double value) {
        builder.dataPoint(CounterDataPointSnapshot.builder().labels(labels).value(value).build());
    }

    MetricSnapshot snapshot() {
        return builder.build();
    }
}
