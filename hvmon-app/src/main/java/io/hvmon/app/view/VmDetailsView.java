package io.hvmon.app.view;

import io.hvmon.hyperv.values.HeartbeatStatus;
import io.hvmon.hyperv.values.ReplicationHealth;
import io.hvmon.hyperv.values.ReplicationState;
import io.hvmon.hyperv.values.ReplicationType;
import io.hvmon.hyperv.values.VmReplicationState;
import io.hvmon.model.Checkpoints;
import io.hvmon.model.GuestInfo;
import io.hvmon.model.MemoryStatus;
import io.hvmon.model.Replication;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmSettings;

import java.io.IOException;
import java.util.List;

/**
 * The per-VM details that go beyond Msvm_SummaryInformation, as flat keys (easy to graph and alert on) with units in
 * their names: replication with its lag and reason, guest, settings, memory demand, checkpoints, heartbeat status.
 * NULL and "not known" are null in every style.
 */
final class VmDetailsView {

    private VmDetailsView() {
    }

    /** The flat keys of {@code /hvm/vms}; {@code details} may be null (a VM seen before its details were read). */
    static void writeFlat(StyledJson out, VmDetails details) throws IOException {
        Replication primary = details == null || details.replication().isEmpty() ? null : details.replication().getFirst();
        out.string("replication_status", primary == null ? null : primary.status());
        out.dateTime("last_replication_time", primary == null ? null : primary.lastReplicationTime());
        out.seconds("replication_lag_seconds", primary == null ? null : primary.lag());
        out.seconds("replication_interval_seconds", primary == null ? null : primary.interval());
        out.string("primary_server", primary == null ? null : primary.primaryServer());
        out.string("replica_server", primary == null ? null : primary.replicaServer());

        GuestInfo guest = details == null ? null : details.guest();
        out.string("guest_fqdn", guest == null ? null : guest.fqdn());
        out.string("guest_os_name", guest == null ? null : guest.osName());
        out.string("guest_os_version", guest == null ? null : guest.osVersion());
        out.strings("ipv4_addresses", guest == null ? null : guest.ipv4Addresses());
        out.strings("ipv6_addresses", guest == null ? null : guest.ipv6Addresses());
        out.string("integration_services_version", guest == null ? null : guest.integrationServicesVersion());

        VmSettings settings = details == null ? null : details.settings();
        out.number("virtual_processors", settings == null ? null : settings.virtualProcessors());
        out.number("startup_memory_mb", settings == null ? null : settings.startupMemoryMb());
        out.bool("dynamic_memory_enabled", settings == null ? null : settings.dynamicMemoryEnabled());
        out.number("minimum_memory_mb", settings == null ? null : settings.minimumMemoryMb());
        out.number("maximum_memory_mb", settings == null ? null : settings.maximumMemoryMb());
        out.number("memory_buffer_percent", settings == null ? null : settings.memoryBufferPercent());

        MemoryStatus memory = details == null ? null : details.memory();
        out.number("memory_demand_mb", memory == null ? null : memory.demandMb());
        out.number("memory_pressure_percent", memory == null ? null : memory.pressurePercent());

        Checkpoints checkpoints = details == null ? null : details.checkpoints();
        out.number("checkpoint_count", checkpoints == null ? null : (long) checkpoints.count());
        out.dateTime("oldest_checkpoint_time", checkpoints == null ? null : checkpoints.oldestCreated());
        out.seconds("oldest_checkpoint_age_seconds", checkpoints == null ? null : checkpoints.oldestAge());

        out.code("heartbeat_status", details == null || details.health() == null ? null
                : details.health().heartbeatStatus(), HeartbeatStatus.class);
    }

    /** {@code /hvm/vms/{id}} also lists every replication relationship (primary, then extended). */
    static void writeRelationships(StyledJson out, VmDetails details) throws IOException {
        out.json().writeArrayFieldStart("replication_relationships");
        List<Replication> relationships = details == null ? List.of() : details.replication();
        for (Replication r : relationships) {
            out.json().writeStartObject();
            out.json().writeStringField("relationship", r.index() == 0 ? "primary" : "extended");
            out.code("state", r.state(), ReplicationState.class);
            out.code("powershell_state", r.powerShellState(), VmReplicationState.class);
            out.code("health", r.health(), ReplicationHealth.class);
            out.string("status", r.status());
            out.dateTime("last_replication_time", r.lastReplicationTime());
            out.dateTime("last_apply_time", r.lastApplyTime());
            out.dateTime("last_application_consistent_time", r.lastApplicationConsistentTime());
            out.code("last_replication_type", r.lastReplicationType(), ReplicationType.class);
            out.seconds("lag_seconds", r.lag());
            out.seconds("interval_seconds", r.interval());
            out.string("primary_server", r.primaryServer());
            out.string("replica_server", r.replicaServer());
            out.string("current_replica_server", r.currentReplicaServer());
            out.json().writeEndObject();
        }
        out.json().writeEndArray();
    }
}
