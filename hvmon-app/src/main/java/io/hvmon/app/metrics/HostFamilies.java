package io.hvmon.app.metrics;

import io.hvmon.hyperv.values.EnabledState;
import io.hvmon.hyperv.values.HealthState;
import io.hvmon.model.HostComputer;
import io.hvmon.model.HostInfo;
import io.hvmon.model.HostOperatingSystem;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.MemoryBalance;
import io.hvmon.model.VmSummary;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code hyperv_host_*} families of every host with data: what describes it, its capacity and load, and its VMs by
 * state; the services and switches are in {@link HostServiceFamilies}. Labelled {@code host}.
 */
final class HostFamilies {

    private static final String OS = "Win32_OperatingSystem";

    private final InfoFamily info = new InfoFamily("hyperv_host",
            "One series per host, value 1, carrying what describes it: computer name (Msvm_ComputerSystem.Name), DNS"
                    + " name and domain (Win32_ComputerSystem), OS caption, version and build (" + OS + ")");
    private final StateFamily<HealthState> health = new StateFamily<>("hyperv_host_health_state",
            "Host health (Msvm_ComputerSystem.HealthState of the host)", HealthState.class);
    private final GaugeFamily logicalProcessors = new GaugeFamily("hyperv_host_logical_processors",
            "Logical processors (Win32_ComputerSystem.NumberOfLogicalProcessors)", null);
    private final GaugeFamily memoryTotal = new GaugeFamily("hyperv_host_memory_total_bytes",
            "Memory the host's OS sees (" + OS + ".TotalVisibleMemorySize), bytes", Unit.BYTES);
    private final GaugeFamily memoryFree = new GaugeFamily("hyperv_host_memory_free_bytes",
            "Free physical memory (" + OS + ".FreePhysicalMemory), bytes", Unit.BYTES);
    private final GaugeFamily hypervisorCpu = new GaugeFamily("hyperv_host_hypervisor_cpu_ratio",
            "Run time of the hypervisor's logical processors, guests included, 0-1 (Hyper-V Hypervisor Logical"
                    + " Processor _Total PercentTotalRunTime / 100)", Unit.RATIO);
    private final GaugeFamily uptime = new GaugeFamily("hyperv_host_uptime_seconds",
            "Time since the host booted, when it was collected (collection time - " + OS + ".LastBootUpTime), seconds",
            Unit.SECONDS);
    private final GaugeFamily bootTime = new GaugeFamily("hyperv_host_boot_timestamp_seconds",
            "When the host booted (" + OS + ".LastBootUpTime), Unix seconds", Unit.SECONDS);
    private final GaugeFamily dynamicMemoryAvailable = new GaugeFamily("hyperv_host_dynamic_memory_available_bytes",
            "Memory left for Dynamic Memory VMs (Hyper-V Dynamic Memory Balancer AvailableMemory, summed over the"
                    + " balancers), bytes", Unit.BYTES);
    private final GaugeFamily dynamicMemoryPressure = new GaugeFamily("hyperv_host_dynamic_memory_pressure_ratio",
            "Average memory pressure of the Dynamic Memory VMs, 1 = demand equals assigned (Hyper-V Dynamic Memory"
                    + " Balancer AveragePressure / 100)", Unit.RATIO);
    private final GaugeFamily vms = new GaugeFamily("hyperv_host_vms",
            "VMs on the host by state (" + "Msvm_SummaryInformation.EnabledState; a NULL state counts as unknown)", null);

    void add(Labels labels, HostSnapshot snapshot) {
        HostInfo host = snapshot.host();
        if (host != null) {
            addHost(labels, host);
        }
        for (Map.Entry<String, Integer> count : countByState(snapshot.vms()).entrySet()) {
            vms.add(labels.add("state", count.getKey()), count.getValue());
        }
    }

    private void addHost(Labels labels, HostInfo host) {
        HostComputer computer = host.computer();
        HostOperatingSystem os = host.operatingSystem();
        info.add(labels.merge(SeriesLabels.of(
                "computer_name", host.computerName(),
                "dns_host_name", computer == null ? null : computer.dnsHostName(),
                "domain", computer == null ? null : computer.domain(),
                "os", os == null ? null : os.caption(),
                "os_version", os == null ? null : os.version(),
                "os_build", os == null ? null : os.buildNumber())));
        health.add(labels, host.healthState());
        logicalProcessors.add(labels, computer == null ? null : computer.logicalProcessors());
        if (os != null) {
            memoryTotal.add(labels, BaseUnits.bytesFromMb(os.totalVisibleMemoryMb()));
            memoryFree.add(labels, BaseUnits.bytesFromMb(os.freePhysicalMemoryMb()));
            uptime.add(labels, BaseUnits.seconds(os.uptime()));
            bootTime.add(labels, BaseUnits.unixSeconds(os.lastBootTime()));
        }
        hypervisorCpu.add(labels, BaseUnits.ratioFromPercent(host.hypervisorCpuPercent()));
        MemoryBalance balance = host.memoryBalance();
        if (balance != null) {
            dynamicMemoryAvailable.add(labels, BaseUnits.bytesFromMb(balance.availableMemoryMb()));
            dynamicMemoryPressure.add(labels, BaseUnits.ratioFromPercent(balance.averagePressurePercent()));
        }
    }

    /** Every state the map knows (0 when no VM is in it, so a count never vanishes), then any unknown code seen. */
    static Map<String, Integer> countByState(List<VmSummary> vms) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EnabledState state : EnabledState.values()) {
            counts.put(StateFamily.stateName(state), 0);
        }
        for (VmSummary vm : vms) {
            long code = vm.enabledState() == null ? EnabledState.UNKNOWN.code() : vm.enabledState();
            String name = EnabledState.resolve(code, vm.otherEnabledState()).map(StateFamily::stateName)
                    .orElseGet(() -> StateFamily.unknownName(code));
            counts.merge(name, 1, Integer::sum);
        }
        return counts;
    }

    List<MetricSnapshot> snapshots() {
        return List.of(info.snapshot(), health.snapshot(), logicalProcessors.snapshot(),
                memoryTotal.snapshot(), memoryFree.snapshot(), hypervisorCpu.snapshot(), uptime.snapshot(),
                bootTime.snapshot(), dynamicMemoryAvailable.snapshot(), dynamicMemoryPressure.snapshot(),
                vms.snapshot());
    }
}
