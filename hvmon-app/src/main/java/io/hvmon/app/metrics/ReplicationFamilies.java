package io.hvmon.app.metrics;

import io.hvmon.hyperv.values.ReplicationHealth;
import io.hvmon.hyperv.values.ReplicationState;
import io.hvmon.model.Replication;
import io.hvmon.model.VmDetails;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

import java.util.List;

/**
 * The {@code hyperv_vm_replication_*} families: one set per Hyper-V Replica relationship of a VM, labelled like the
 * VM plus {@code relationship} ({@code primary}, or {@code extended} for the replica's own replica).
 */
final class ReplicationFamilies {

    private static final String RELATIONSHIP = "Msvm_ReplicationRelationship";

    private final StateFamily<ReplicationHealth> health = new StateFamily<>("hyperv_vm_replication_health",
            "Replication health (" + RELATIONSHIP + ".ReplicationHealth)", ReplicationHealth.class);
    private final StateFamily<ReplicationState> state = new StateFamily<>("hyperv_vm_replication_state",
            "Replication state in WMI's numbering (" + RELATIONSHIP + ".ReplicationState)", ReplicationState.class);
    private final GaugeFamily lastReplication = new GaugeFamily("hyperv_vm_replication_last_timestamp_seconds",
            "When the last replication cycle was sent or received (" + RELATIONSHIP + ".LastReplicationTime), Unix"
                    + " seconds; no series before the first", Unit.SECONDS);
    private final GaugeFamily lag = new GaugeFamily("hyperv_vm_replication_lag_seconds",
            "Age of the last replication when the host was collected (collection time - LastReplicationTime),"
                    + " seconds; no series before the first", Unit.SECONDS);
    private final GaugeFamily interval = new GaugeFamily("hyperv_vm_replication_interval_seconds",
            "How often the relationship replicates (Msvm_ReplicationSettingData.ReplicationInterval), seconds",
            Unit.SECONDS);

    /** @param vm the VM's {@link SeriesLabels#vm} labels; {@code details} may be null */
    void add(Labels vm, VmDetails details) {
        if (details == null) {
            return;
        }
        for (Replication relationship : details.replication()) {
            Labels labels = vm.add("relationship", relationship.index() == Replication.PRIMARY ? "primary" : "extended");
            health.add(labels, relationship.health());
            state.add(labels, relationship.state());
            lastReplication.add(labels, BaseUnits.unixSeconds(relationship.lastReplicationTime()));
            lag.add(labels, BaseUnits.seconds(relationship.lag()));
            interval.add(labels, BaseUnits.seconds(relationship.interval()));
        }
    }

    List<MetricSnapshot> snapshots() {
        return List.of(health.snapshot(), state.snapshot(), lastReplication.snapshot(), lag.snapshot(),
                interval.snapshot());
    }
}
