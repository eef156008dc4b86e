package io.hvmon.app.metrics;

import io.hvmon.hyperv.values.HealthState;
import io.hvmon.model.HostInfo;
import io.hvmon.model.HostService;
import io.hvmon.model.VirtualSwitch;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Hyper-V services of each host ({@code service="vmms"}: Msvm_VirtualSystemManagementService;
 * {@code service="replication"}: Msvm_ReplicationService, Hyper-V Replica) and its virtual switches.
 */
final class HostServiceFamilies {

    private final GaugeFamily running = new GaugeFamily("hyperv_host_service_running",
            "1 when the Hyper-V service is started, else 0 (Started of Msvm_VirtualSystemManagementService, service"
                    + " vmms, and Msvm_ReplicationService, service replication)", null);
    private final StateFamily<HealthState> health = new StateFamily<>("hyperv_host_service_health_state",
            "Health of the Hyper-V service (HealthState of the same classes)", HealthState.class);
    private final GaugeFamily switches = new GaugeFamily("hyperv_host_switches",
            "Virtual switches on the host (Msvm_VirtualEthernetSwitch)", null);
    private final StateFamily<HealthState> switchHealth = new StateFamily<>("hyperv_switch_health_state",
            "Health of a virtual switch (Msvm_VirtualEthernetSwitch.HealthState), labelled with its GUID (switch_id)"
                    + " and name (switch)", HealthState.class);

    void add(Labels labels, HostInfo host) {
        addService(labels, "vmms", host.managementService());
        addService(labels, "replication", host.replicationService());
        List<VirtualSwitch> virtualSwitches = host.switches();
        if (virtualSwitches != null) {
            switches.add(labels, virtualSwitches.size());
            Set<String> seen = new HashSet<>();
            for (VirtualSwitch virtualSwitch : virtualSwitches) {
                if (virtualSwitch.id() != null && seen.add(virtualSwitch.id())) {
                    switchHealth.add(labels.merge(SeriesLabels.of("switch_id", virtualSwitch.id(),
                            "switch", virtualSwitch.name())), virtualSwitch.healthState());
                }
            }
        }
    }

    private void addService(Labels host, String name, HostService service) {
        if (service != null) {
            Labels labels = host.add("service", name);
            running.flag(labels, service.started());
            health.add(labels, service.healthState());
        }
    }

    List<MetricSnapshot> snapshots() {
        return List.of(running.snapshot(), health.snapshot(), switches.snapshot(), switchHealth.snapshot());
    }
}
