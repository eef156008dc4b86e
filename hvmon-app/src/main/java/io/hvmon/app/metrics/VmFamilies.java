package io.hvmon.app.metrics;

import io.hvmon.app.view.VmView;
import io.hvmon.hyperv.values.EnabledState;
import io.hvmon.hyperv.values.HealthState;
import io.hvmon.hyperv.values.Heartbeat;
import io.hvmon.hyperv.values.IntegrationServicesVersionState;
import io.hvmon.hyperv.values.ReplicationMode;
import io.hvmon.model.Checkpoints;
import io.hvmon.model.GuestInfo;
import io.hvmon.model.MemoryStatus;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmSettings;
import io.hvmon.model.VmSummary;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

import java.util.List;

/**
 * The {@code hyperv_vm_*} families of every VM: one info series with what describes it, its states as state sets, and
 * its figures in base units, each labelled {@code host}, {@code vm_id}, {@code vm}.
 */
final class VmFamilies {

    private static final String SUMMARY = "Msvm_SummaryInformation";

    private final InfoFamily info = new InfoFamily("hyperv_vm",
            "One series per VM and host, value 1, carrying what describes the VM: guest OS (" + SUMMARY
                    + ".GuestOperatingSystem), guest OS version, FQDN and integration services version (KVP), generation"
                    + " and Dynamic Memory (settings), configuration version (" + SUMMARY + ".Version)");
    private final StateFamily<EnabledState> state = new StateFamily<>("hyperv_vm_state",
            "VM state (" + SUMMARY + ".EnabledState; 1 + OtherEnabledState resolved to the transitional state)",
            EnabledState.class);
    private final StateFamily<HealthState> health = new StateFamily<>("hyperv_vm_health_state",
            "VM health (" + SUMMARY + ".HealthState)", HealthState.class);
    private final StateFamily<Heartbeat> heartbeat = new StateFamily<>("hyperv_vm_heartbeat",
            "Guest heartbeat (" + SUMMARY + ".Heartbeat)", Heartbeat.class);
    private final StateFamily<IntegrationServicesVersionState> integrationServices = new StateFamily<>(
            "hyperv_vm_integration_services_state",
            "Whether the guest's integration services match the host (" + SUMMARY
                    + ".IntegrationServicesVersionState)", IntegrationServicesVersionState.class);
    private final StateFamily<ReplicationMode> replicationMode = new StateFamily<>("hyperv_vm_replication_mode",
            "The VM's part in Hyper-V Replica (" + SUMMARY + ".ReplicationMode)", ReplicationMode.class);
    private final GaugeFamily uptime = new GaugeFamily("hyperv_vm_uptime_seconds",
            "Time since the VM was last started (" + SUMMARY + ".UpTime), seconds", Unit.SECONDS);
    private final GaugeFamily processors = new GaugeFamily("hyperv_vm_processors",
            "Virtual processors (" + SUMMARY + ".NumberOfProcessors)", null);
    private final GaugeFamily processorLoad = new GaugeFamily("hyperv_vm_processor_load_ratio",
            "Processor load of the VM, 0-1 (" + SUMMARY + ".ProcessorLoad / 100)", Unit.RATIO);
    private final GaugeFamily memoryAssigned = new GaugeFamily("hyperv_vm_memory_assigned_bytes",
            "Memory assigned to the VM (" + SUMMARY + ".MemoryUsage), bytes", Unit.BYTES);
    private final GaugeFamily memoryDemand = new GaugeFamily("hyperv_vm_memory_demand_bytes",
            "Memory the guest needs, Dynamic Memory only (assigned x (100 - " + SUMMARY + ".MemoryAvailable) / 100),"
                    + " bytes", Unit.BYTES);
    private final GaugeFamily memoryPressure = new GaugeFamily("hyperv_vm_memory_pressure_ratio",
            "Memory demand over assigned memory, Dynamic Memory only; above 1 when the guest needs more than it has"
                    + " ((100 - " + SUMMARY + ".MemoryAvailable) / 100)", Unit.RATIO);
    private final GaugeFamily checkpoints = new GaugeFamily("hyperv_vm_checkpoints",
            "Checkpoints of the VM (Msvm_VirtualSystemSettingData of a snapshot type)", null);
    private final GaugeFamily oldestCheckpoint = new GaugeFamily("hyperv_vm_oldest_checkpoint_timestamp_seconds",
            "When the VM's oldest checkpoint was made (Msvm_VirtualSystemSettingData.CreationTime), Unix seconds;"
                    + " no series without checkpoints", Unit.SECONDS);

    /** @param labels the VM's {@link SeriesLabels#vm} labels; {@code details} may be null */
    void add(Labels labels, VmSummary vm, VmDetails details) {
        info.add(labels.merge(describe(vm, details)));
        if (vm.enabledState() != null) {
            state.add(labels, EnabledState.resolve(vm.enabledState(), vm.otherEnabledState()), vm.enabledState());
        }
        health.add(labels, vm.healthState());
        heartbeat.add(labels, vm.heartbeat());
        integrationServices.add(labels, vm.integrationServicesVersionState());
        replicationMode.add(labels, vm.replicationMode());
        uptime.add(labels, BaseUnits.secondsFromMillis(vm.uptimeMs()));
        processors.add(labels, vm.numberOfProcessors());
        processorLoad.add(labels, BaseUnits.ratioFromPercent(vm.processorLoadPercent()));
        memoryAssigned.add(labels, BaseUnits.bytesFromMb(vm.memoryUsageMb()));
        MemoryStatus memory = details == null ? null : details.memory();
        if (memory != null) {
            memoryDemand.add(labels, BaseUnits.bytesFromMb(memory.demandMb()));
            memoryPressure.add(labels, BaseUnits.ratioFromPercent(memory.pressurePercent()));
        }
        Checkpoints taken = details == null ? null : details.checkpoints();
        if (taken != null) {
            checkpoints.add(labels, taken.count());
            oldestCheckpoint.add(labels, BaseUnits.unixSeconds(taken.oldestCreated()));
        }
    }

    /** The info labels beyond the VM's own; those not known are left out. */
    private static Labels describe(VmSummary vm, VmDetails details) {
        GuestInfo guest = details == null ? null : details.guest();
        VmSettings settings = details == null ? null : details.settings();
        Long generation = settings != null && settings.generation() != null ? settings.generation()
                : VmView.generation(vm.virtualSystemSubType());
        Boolean dynamicMemory = settings == null ? null : settings.dynamicMemoryEnabled();
        return SeriesLabels.of(
                "guest_os", vm.guestOperatingSystem(),
                "guest_os_version", guest == null ? null : guest.osVersion(),
                "guest_fqdn", guest == null ? null : guest.fqdn(),
                "integration_services_version", guest == null ? null : guest.integrationServicesVersion(),
                "generation", generation == null ? null : generation.toString(),
                "configuration_version", vm.version(),
                "dynamic_memory", dynamicMemory == null ? null : dynamicMemory.toString());
    }

    List<MetricSnapshot> snapshots() {
        return List.of(info.snapshot(), state.snapshot(), health.snapshot(), heartbeat.snapshot(),
                integrationServices.snapshot(), replicationMode.snapshot(), uptime.snapshot(), processors.snapshot(),
                processorLoad.snapshot(), memoryAssigned.snapshot(), memoryDemand.snapshot(),
                memoryPressure.snapshot(), checkpoints.snapshot(), oldestCheckpoint.snapshot());
    }
}
