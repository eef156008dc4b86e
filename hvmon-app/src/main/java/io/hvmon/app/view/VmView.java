package io.hvmon.app.view;

import io.hvmon.hyperv.values.ApplicationHealth;
import io.hvmon.hyperv.values.EnabledState;
import io.hvmon.hyperv.values.EnhancedSessionModeState;
import io.hvmon.hyperv.values.HealthState;
import io.hvmon.hyperv.values.Heartbeat;
import io.hvmon.hyperv.values.IntegrationServicesVersionState;
import io.hvmon.hyperv.values.OperationalStatus;
import io.hvmon.hyperv.values.ReplicationHealth;
import io.hvmon.hyperv.values.ReplicationMode;
import io.hvmon.hyperv.values.ReplicationState;
import io.hvmon.hyperv.values.ValueMaps;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmSummary;

import java.io.IOException;
import java.util.List;

/**
 * VMs as JSON. {@code /hvm/replicas} carries exactly the original Hyper-V Monitoring tool's 23 keys, in its order;
 * {@code /hvm/vms} the same keys followed by more.
 */
public final class VmView {

    /** The original tool's keys, in its order: the /hvm/replicas contract. */
    public static final List<String> REPLICA_KEYS = List.of("id", "name", "state", "instance_id", "allocated_gpu",
            "shielded", "other_enabled_state", "guest_operating_system", "health_state", "heartbeat", "memory_usage",
            "memory_available", "available_memory_buffer", "number_of_processors", "operational_status",
            "processor_load", "uptime", "replication_state", "replication_health", "replication_mode",
            "application_health", "integration_services_version_state", "host_computer_system_name");

    private VmView() {
    }

    /** {@code /hvm/replicas}: every VM taking part in Hyper-V Replica, across all hosts, with the 23 keys. */
    public static byte[] replicas(List<HostSnapshot> snapshots, ValueStyle style) {
        return JsonOut.render(json -> {
            StyledJson out = new StyledJson(json, style);
            json.writeStartArray();
            for (HostSnapshot snapshot : snapshots) {
                for (VmSummary vm : snapshot.vms()) {
                    if (vm.isReplicated()) {
                        json.writeStartObject();
                        writeReplicaKeys(out, vm);
                        json.writeEndObject();
                    }
                }
            }
            json.writeEndArray();
        });
    }

    /** {@code /hvm/vms}: every VM across all hosts. */
    public static byte[] vms(List<HostSnapshot> snapshots, ValueStyle style) {
        return JsonOut.render(json -> {
            StyledJson out = new StyledJson(json, style);
            json.writeStartArray();
            for (HostSnapshot snapshot : snapshots) {
                for (VmSummary vm : snapshot.vms()) {
                    writeVm(out, snapshot, vm, false);
                }
            }
            json.writeEndArray();
        });
    }

    /** {@code /hvm/vms} from indexed snapshots: the same document, each VM's details already at hand. */
    public static byte[] vmsOf(List<VmIndex> hosts, ValueStyle style) {
        return JsonOut.render(json -> {
            StyledJson out = new StyledJson(json, style);
            json.writeStartArray();
            for (VmIndex host : hosts) {
                for (VmIndex.Row row : host.rows()) {
                    writeVm(out, row.hostName(), row.vm(), row.details(), false);
                }
            }
            json.writeEndArray();
        });
    }

    /** {@code /hvm/vms/{id}}: one VM, with every replication relationship. */
    public static byte[] vm(HostSnapshot snapshot, VmSummary vm, ValueStyle style) {
        return JsonOut.render(json -> writeVm(new StyledJson(json, style), snapshot, vm, true));
    }

    /** {@code /hvm/vms/{id}} for an indexed VM. */
    public static byte[] vm(VmIndex.Row row, ValueStyle style) {
        return JsonOut.render(json -> writeVm(new StyledJson(json, style), row.hostName(), row.vm(), row.details(), true));
    }

    static void writeVm(StyledJson out, HostSnapshot snapshot, VmSummary vm, boolean relationships) throws IOException {
        writeVm(out, snapshot.hostName(), vm, snapshot.detailsOf(vm.id()).orElse(null), relationships);
    }

    private static void writeVm(StyledJson out, String hostName, VmSummary vm, VmDetails details,
                                boolean relationships) throws IOException {
        out.json().writeStartObject();
        writeReplicaKeys(out, vm);
        StyledJson more = out.compat() ? out.as(ValueStyle.NUMERIC) : out;
        writeMoreKeys(more, hostName, vm);
        VmDetailsView.writeFlat(more, details);
        if (relationships) {
            VmDetailsView.writeRelationships(more, details);
        }
        out.json().writeEndObject();
    }

    static void writeReplicaKeys(StyledJson out, VmSummary vm) throws IOException {
        out.string("id", vm.id());
        out.string("name", vm.name());
        writeState(out, vm);
        out.string("instance_id", vm.instanceId());
        out.string("allocated_gpu", vm.allocatedGpu());
        out.bool("shielded", vm.shielded());
        out.string("other_enabled_state", vm.otherEnabledState());
        out.string("guest_operating_system", vm.guestOperatingSystem());
        out.code("health_state", vm.healthState(), HealthState.class);
        out.code("heartbeat", vm.heartbeat(), Heartbeat.class);
        out.unsigned("memory_usage", vm.memoryUsageMb());
        out.number("memory_available", dynamicMemoryValue(out, vm.memoryAvailablePercent()));
        out.number("available_memory_buffer", dynamicMemoryValue(out, vm.availableMemoryBufferPercent()));
        out.number("number_of_processors", vm.numberOfProcessors());
        out.codes("operational_status", vm.operationalStatus(), OperationalStatus.class);
        out.number("processor_load", vm.processorLoadPercent());
        out.unsigned("uptime", vm.uptimeMs());
        out.code("replication_state", vm.replicationState(), ReplicationState.class);
        writeReplicationHealth(out, vm.replicationHealth());
        out.code("replication_mode", vm.replicationMode(), ReplicationMode.class);
        out.code("application_health", vm.applicationHealth(), ApplicationHealth.class);
        out.code("integration_services_version_state", vm.integrationServicesVersionState(),
                IntegrationServicesVersionState.class);
        out.string("host_computer_system_name", vm.hostComputerSystemName());
    }

    /** Keys the original tool did not have: in compat they follow numeric (codes, and NULL as null, not zero). */
    private static void writeMoreKeys(StyledJson out, String hostName, VmSummary vm) throws IOException {
        out.json().writeStringField("host", hostName);
        out.strings("status_descriptions", vm.statusDescriptions());
        out.codes("replication_state_ex", vm.replicationStateEx(), ReplicationState.class);
        out.codes("replication_health_ex", vm.replicationHealthEx(), ReplicationHealth.class);
        out.code("enhanced_session_mode_state", vm.enhancedSessionModeState(), EnhancedSessionModeState.class);
        out.string("configuration_version", vm.version());
        out.number("generation", generation(vm.virtualSystemSubType()));
        out.dateTime("creation_time", vm.creationTime());
        out.string("notes", vm.notes());
    }

    /**
     * compat: the state's lower-case name with v2 meanings (6 saved, 9 paused), transitional "1 + text" resolved;
     * friendly: its name; numeric: the raw EnabledState code.
     */
    private static void writeState(StyledJson out, VmSummary vm) throws IOException {
        Long code = vm.enabledState();
        switch (out.style()) {
            case COMPAT -> out.json().writeStringField("state", compatState(vm));
            case NUMERIC -> out.number("state", code);
            case FRIENDLY -> out.string("state", code == null ? null : EnabledState.resolve(code, vm.otherEnabledState())
                    .map(EnabledState::friendlyName).orElseGet(() -> ValueMaps.friendly(EnabledState.class, code)));
        }
    }

    /** The compat state name: lower case, v2 meanings, "1 + text" resolved; NULL reads "unknown" like code 0. */
    static String compatState(VmSummary vm) {
        Long code = vm.enabledState();
        return EnabledState.resolve(code == null ? 0L : code, vm.otherEnabledState())
                .map(EnabledState::compatName)
                .orElseGet(() -> ValueMaps.friendly(EnabledState.class, code));
    }

    /** A string in compat as in the original ("Not Applicable", "Normal", "Warning", "Critical"); NULL counts as 0. */
    private static void writeReplicationHealth(StyledJson out, Long code) throws IOException {
        if (out.compat()) {
            out.json().writeStringField("replication_health",
                    ValueMaps.friendly(ReplicationHealth.class, code == null ? 0L : code));
        } else {
            out.code("replication_health", code, ReplicationHealth.class);
        }
    }

    /** Without Dynamic Memory Hyper-V reports int.MaxValue: kept in compat and numeric, null ("not available") in friendly. */
    private static Long dynamicMemoryValue(StyledJson out, Long value) {
        if (out.style() == ValueStyle.FRIENDLY && value != null && value == VmSummary.MEMORY_NOT_AVAILABLE) {
            return null;
        }
        return value;
    }

    /** {@code Microsoft:Hyper-V:SubType:2} → 2. */
    public static Long generation(String subType) {
        if (subType == null) {
            return null;
        }
        int colon = subType.lastIndexOf(':');
        try {
            return Long.parseLong(subType.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
