package io.hvmon.app.view;

import io.hvmon.model.Timestamps;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hvmon.hyperv.values.EnabledState;
import io.hvmon.hyperv.values.HealthState;
import io.hvmon.hyperv.values.OperationalStatus;
import io.hvmon.hyperv.values.ReplicationHealth;
import io.hvmon.hyperv.values.ValueMaps;
import io.hvmon.model.HostComputer;
import io.hvmon.model.HostInfo;
import io.hvmon.model.HostOperatingSystem;
import io.hvmon.model.HostService;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.MemoryBalance;
import io.hvmon.model.VirtualSwitch;
import io.hvmon.model.VmSummary;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host's own data: identity, OS, capacity and load, the Hyper-V services and switches, and VM counts by state and
 * health. Units are in the key names; a part whose query failed is null (the status's {@code missing} says why).
 */
final class HostDataView {

    private HostDataView() {
    }

    static void write(StyledJson out, HostSnapshot snapshot) throws IOException {
        HostInfo host = snapshot == null ? null : snapshot.host();
        out.string("computer_name", host == null ? null : host.computerName());
        out.code("state", host == null ? null : host.enabledState(), EnabledState.class);
        out.code("health_state", host == null ? null : host.healthState(), HealthState.class);
        out.codes("operational_status", host == null ? null : host.operationalStatus(), OperationalStatus.class);
        out.number("numa_nodes", host == null ? null : host.numberOfNumaNodes());
        writeComputer(out, host == null ? null : host.computer());
        writeOperatingSystem(out, host == null ? null : host.operatingSystem());
        out.number("hypervisor_cpu_percent", host == null ? null : host.hypervisorCpuPercent());
        MemoryBalance balance = host == null ? null : host.memoryBalance();
        out.number("dynamic_memory_available_mb", balance == null ? null : balance.availableMemoryMb());
        out.number("dynamic_memory_pressure_percent", balance == null ? null : balance.averagePressurePercent());
        writeService(out, "vmms", host == null ? null : host.managementService());
        writeService(out, "replication_service", host == null ? null : host.replicationService());
        writeSwitches(out, host == null ? null : host.switches());
        writeCounts(out, snapshot);
        writeDataAge(out.json(), snapshot);
    }

    private static void writeComputer(StyledJson out, HostComputer computer) throws IOException {
        out.string("dns_host_name", computer == null ? null : computer.dnsHostName());
        out.string("domain", computer == null ? null : computer.domain());
        out.number("logical_processors", computer == null ? null : computer.logicalProcessors());
        out.number("total_physical_memory_mb", computer == null ? null : computer.totalPhysicalMemoryMb());
    }

    private static void writeOperatingSystem(StyledJson out, HostOperatingSystem os) throws IOException {
        out.string("os_caption", os == null ? null : os.caption());
        out.string("os_version", os == null ? null : os.version());
        out.string("os_build_number", os == null ? null : os.buildNumber());
        out.dateTime("last_boot_time", os == null ? null : os.lastBootTime());
        out.seconds("uptime_seconds", os == null ? null : os.uptime());
        out.number("free_physical_memory_mb", os == null ? null : os.freePhysicalMemoryMb());
    }

    private static void writeService(StyledJson out, String key, HostService service) throws IOException {
        JsonGenerator json = out.json();
        if (service == null) {
            json.writeNullField(key);
            return;
        }
        json.writeObjectFieldStart(key);
        out.string("name", service.name());
        out.bool("started", service.started());
        out.code("state", service.enabledState(), EnabledState.class);
        out.code("health_state", service.healthState(), HealthState.class);
        out.codes("operational_status", service.operationalStatus(), OperationalStatus.class);
        json.writeEndObject();
    }

    private static void writeSwitches(StyledJson out, List<VirtualSwitch> switches) throws IOException {
        JsonGenerator json = out.json();
        if (switches == null) {
            json.writeNullField("virtual_switches");
            return;
        }
        json.writeArrayFieldStart("virtual_switches");
        for (VirtualSwitch vswitch : switches) {
            json.writeStartObject();
            out.string("id", vswitch.id());
            out.string("name", vswitch.name());
            out.code("health_state", vswitch.healthState(), HealthState.class);
            out.code("state", vswitch.enabledState(), EnabledState.class);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeCounts(StyledJson out, HostSnapshot snapshot) throws IOException {
        JsonGenerator json = out.json();
        if (snapshot == null) {
            for (String field : List.of("vm_count", "replicated_vm_count", "vms_by_state", "vms_by_health",
                    "replication_by_health")) {
                json.writeNullField(field);
            }
            return;
        }
        List<VmSummary> vms = snapshot.vms();
        json.writeNumberField("vm_count", vms.size());
        json.writeNumberField("replicated_vm_count", vms.stream().filter(VmSummary::isReplicated).count());
        Map<String, Integer> byState = new TreeMap<>();
        Map<String, Integer> byHealth = new TreeMap<>();
        Map<String, Integer> byReplicationHealth = new TreeMap<>();
        for (VmSummary vm : vms) {
            byState.merge(VmView.compatState(vm), 1, Integer::sum);
            byHealth.merge(vm.healthState() == null ? "unknown"
                    : ValueMaps.friendly(HealthState.class, vm.healthState()), 1, Integer::sum);
            if (vm.isReplicated()) {
                byReplicationHealth.merge(ValueMaps.friendly(ReplicationHealth.class,
                        vm.replicationHealth() == null ? 0L : vm.replicationHealth()), 1, Integer::sum);
            }
        }
        counts(json, "vms_by_state", byState);
        counts(json, "vms_by_health", byHealth);
        counts(json, "replication_by_health", byReplicationHealth);
    }

    private static void counts(JsonGenerator json, String field, Map<String, Integer> counts) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    /** When each class was last read: slow-changing data is refreshed less often than every cycle. */
    private static void writeDataAge(JsonGenerator json, HostSnapshot snapshot) throws IOException {
        json.writeFieldName("data_read_at");
        if (snapshot == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        for (Map.Entry<String, Instant> e : new TreeMap<>(snapshot.readAt()).entrySet()) {
            json.writeStringField(e.getKey(), Timestamps.format(e.getValue()));
        }
        json.writeEndObject();
    }
}
