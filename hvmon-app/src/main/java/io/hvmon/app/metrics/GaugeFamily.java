package io.hvmon.app.metrics;

import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

/** A gauge family being filled: a series per {@link #add}, none for an unknown (null) value, as WMI's NULL. */
final class GaugeFamily {

    private final GaugeSnapshot.Builder builder;

    /** @param unit the base unit the name ends with, or null for a count or a 0/1 flag */
    GaugeFamily(String name, String help, Unit unit) {
        builder = GaugeSnapshot.builder().name(name).help(help);
        if (unit != null) {
            builder.unit(unit);
        }
    }

    void add(Labels labels, Number value) {
        if (value != null) {
            builder.dataPoint(GaugeDataPointSnapshot.builder().labels(labels).value(value.doubleValue()).build());
        }
    }

    /** 1 for true, 0 for false, nothing for null. */
    void flag(Labels labels, Boolean value) {
        add(labels, value == null ? null : value ? 1 : 0);
    }

    MetricSnapshot snapshot() {
        return builder.build();
    }
}
