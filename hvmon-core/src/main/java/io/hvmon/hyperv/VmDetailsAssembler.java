package io.hvmon.hyperv;

import io.hvmon.hyperv.values.HeartbeatStatus;
import io.hvmon.hyperv.values.VmReplicationState;
import io.hvmon.model.Checkpoint;
import io.hvmon.model.Checkpoints;
import io.hvmon.model.GuestInfo;
import io.hvmon.model.MemoryStatus;
import io.hvmon.model.Replication;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmHealth;
import io.hvmon.model.VmSettings;
import io.hvmon.model.VmSummary;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Joins what the per-class readers returned into one {@link VmDetails} per VM, by VM GUID, and derives lag, memory
 * demand, checkpoint age and status text at the collection time {@code now}. Pure: no I/O, no clock of its own.
 * An input is null when its class could not be read; the parts it feeds are then null (or empty).
 */
final class VmDetailsAssembler {

    private final Map<String, List<ReplicationRelationshipReader.Row>> relationships; // null: unread
    private final Map<String, ReplicationSettingReader.Row> replicationSettings; // by "GUID\index"; null: unread
    private final VirtualSystemSettingReader.Result systemSettings;
    private final Map<String, MemorySettingReader.Row> memorySettings;
    private final Map<String, Long> processors;
    private final Map<String, GuestInfo> guests;
    private final Instant now;

    // Grouped once here, so joining stays linear in the VM count.
    VmDetailsAssembler(List<ReplicationRelationshipReader.Row> relationships,
                       List<ReplicationSettingReader.Row> replicationSettings,
                       VirtualSystemSettingReader.Result systemSettings,
                       Map<String, MemorySettingReader.Row> memorySettings,
                       Map<String, Long> processors,
                       Map<String, GuestInfo> guests,
                       Instant now) {
        this.relationships = relationships == null ? null : relationships.stream()
                .sorted(Comparator.comparingInt(ReplicationRelationshipReader.Row::index))
                .collect(Collectors.groupingBy(ReplicationRelationshipReader.Row::vmId));
        this.replicationSettings = replicationSettings == null ? null : replicationSettings.stream()
                .collect(Collectors.toMap(r -> r.vmId() + "\\" + r.index(), r -> r, (a, b) -> a));
        this.systemSettings = systemSettings;
        this.memorySettings = memorySettings;
        this.processors = processors;
        this.guests = guests;
        this.now = now;
    }

    Map<String, VmDetails> assemble(List<VmSummary> vms) {
        Map<String, VmDetails> details = new LinkedHashMap<>();
        for (VmSummary vm : vms) {
            details.put(vm.id(), details(vm));
        }
        return details;
    }

    VmDetails details(VmSummary vm) {
        String id = vm.id();
        return new VmDetails(id, replication(vm), guests == null ? null : guests.get(id), settings(id),
                memory(vm), checkpoints(id), health(vm));
    }

    private List<Replication> replication(VmSummary vm) {
        if (relationships == null) {
            return List.of();
        }
        List<Replication> result = new ArrayList<>();
        for (ReplicationRelationshipReader.Row r : relationships.getOrDefault(vm.id(), List.of())) {
            result.add(replication(vm, r));
        }
        return result;
    }

    private Replication replication(VmSummary vm, ReplicationRelationshipReader.Row r) {
        ReplicationSettingReader.Row s = replicationSettings == null ? null
                : replicationSettings.get(r.vmId() + "\\" + r.index());
        Duration lag = r.lastReplicationTime() == null ? null : Units.notNegative(
                Duration.between(r.lastReplicationTime().toInstant(), now));
        Duration interval = s == null ? null : s.interval();
        long psState = VmReplicationState.fromWmi(r.state(), vm.replicationMode(), r.index() == Replication.EXTENDED).code();
        return new Replication(r.index(), r.state(), psState, r.health(), r.lastReplicationTime(), r.lastApplyTime(),
                r.lastApplicationConsistentTime(), r.lastReplicationType(), lag, interval,
                s == null ? null : s.primaryServer(), s == null ? null : s.replicaServer(),
                s == null ? null : s.currentReplicaServer(),
                ReplicationStatusText.describe(r.health(), r.state(), lag, interval));
    }

    private VmSettings settings(String id) {
        VirtualSystemSettingReader.Realized v = systemSettings == null ? null : systemSettings.realized().get(id);
        MemorySettingReader.Row m = memorySettings == null ? null : memorySettings.get(id);
        Long cpus = processors == null ? null : processors.get(id);
        if (v == null && m == null && cpus == null) {
            return null;
        }
        return new VmSettings(v == null ? null : v.generation(), v == null ? null : v.version(), cpus,
                m == null ? null : m.startupMb(), m == null ? null : m.dynamicMemoryEnabled(),
                m == null ? null : m.minimumMb(), m == null ? null : m.maximumMb(), m == null ? null : m.bufferPercent(),
                v == null ? null : v.notes(), v == null ? null : v.creationTime());
    }

    private Checkpoints checkpoints(String id) {
        if (systemSettings == null) {
            return null;
        }
        List<Checkpoint> found = systemSettings.checkpoints().getOrDefault(id, List.of());
        if (found.isEmpty()) {
            return Checkpoints.NONE;
        }
        OffsetDateTime oldest = found.stream().map(Checkpoint::created).filter(Objects::nonNull)
                .min(Comparator.comparing(OffsetDateTime::toInstant)).orElse(null);
        return new Checkpoints(found.size(), oldest,
                oldest == null ? null : Units.notNegative(Duration.between(oldest.toInstant(), now)), found);
    }

    /**
     * Demand and pressure as PowerShell's SummaryInformationView computes them: MemoryAvailable is the share of
     * assigned memory the guest does not need, so pressure = 100 − MemoryAvailable and demand = assigned × pressure.
     * Without Dynamic Memory MemoryAvailable is NULL or 2147483647 and neither can be known.
     */
    static MemoryStatus memory(VmSummary vm) {
        Long assigned = vm.memoryUsageMb();
        Long available = vm.memoryAvailablePercent();
        if (available == null || available == VmSummary.MEMORY_NOT_AVAILABLE) {
            return new MemoryStatus(assigned, null, null);
        }
        long pressure = 100 - available;
        Long demand = assigned == null ? null : Math.round(assigned * pressure / 100.0);
        return new MemoryStatus(assigned, demand, pressure);
    }

    static VmHealth health(VmSummary vm) {
        return new VmHealth(vm.heartbeat(), vm.applicationHealth(),
                HeartbeatStatus.derive(vm.heartbeat(), vm.applicationHealth()).code(),
                vm.integrationServicesVersionState(), vm.operationalStatus(),
                vm.uptimeMs() == null ? null : Duration.ofMillis(vm.uptimeMs()));
    }
}
