package io.hvmon.app.api;

import io.hvmon.app.api.cache.Once;
import io.hvmon.app.view.VmIndex;
import io.hvmon.collect.HostStatus;
import io.hvmon.model.HostSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every host as of one store generation, with what the endpoints look up: hosts by name, VMs by GUID. One is built
 * per generation (from the one before, whose per-snapshot {@link SnapshotVms} it keeps for hosts whose snapshot did
 * not change), so requests never search lists or compare strings case-insensitively. The VM index is built on the
 * first request for one VM.
 */
final class Fleet {

    private final long generation;
    private final List<HostStatus> hosts;
    private final List<SnapshotVms> withData;
    private final long dataVersion;
    private final Map<String, HostStatus> byName;
    private final Once<Map<String, Located>> vmsById;

    private Fleet(long generation, List<HostStatus> hosts, List<SnapshotVms> withData, long dataVersion) {
        this.generation = generation;
        this.hosts = List.copyOf(hosts);
        this.withData = List.copyOf(withData);
        this.dataVersion = dataVersion;
        Map<String, HostStatus> names = HashMap.newHashMap(hosts.size());
        hosts.forEach(host -> names.put(nameKey(host.name()), host));
        this.byName = Map.copyOf(names);
        this.vmsById = new Once<>(() -> index(this.hosts, this.withData));
    }

    /** A VM found, with its host's status (for the answer's freshness) and its snapshot's bodies. */
    record Located(HostStatus host, SnapshotVms vms, VmIndex.Row row) {
    }

    /** Before the first look at the store. */
    static Fleet empty() {
        return new Fleet(-1, List.of(), List.of(), 0);
    }

    /** The fleet at a later generation; unchanged snapshots keep their indexes and bodies. */
    Fleet next(long newGeneration, List<HostStatus> newHosts, Views views) {
        Map<HostSnapshot, SnapshotVms> known = new IdentityHashMap<>();
        withData.forEach(vms -> known.put(vms.snapshot(), vms));
        List<SnapshotVms> data = new ArrayList<>();
        for (HostStatus host : newHosts) {
            if (host.snapshot() != null) {
                SnapshotVms vms = known.get(host.snapshot());
                data.add(vms != null ? vms : new SnapshotVms(host.snapshot(), views));
            }
        }
        boolean sameData = data.equals(withData); // SnapshotVms compare by identity: same snapshots, same order
        return new Fleet(newGeneration, newHosts, data, sameData ? dataVersion : dataVersion + 1);
    }

    /** The store generation these hosts are at least as new as. */
    long generation() {
        return generation;
    }

    /** Every host, in configured order. */
    List<HostStatus> hosts() {
        return hosts;
    }

    /** Grows whenever any host's snapshot changes, but not on failures: what the VM lists are a function of. */
    long dataVersion() {
        return dataVersion;
    }

    List<HostSnapshot> snapshots() {
        return withData.stream().map(SnapshotVms::snapshot).toList();
    }

    List<VmIndex> indexes() {
        return withData.stream().map(SnapshotVms::index).toList();
    }

    /** A host by name, case-insensitively. */
    Optional<HostStatus> host(String name) {
        return Optional.ofNullable(byName.get(nameKey(name)));
    }

    /** A VM by GUID, in any case; on the first host (configured order) that has it, as a replica shares its GUID. */
    Optional<Located> vm(String id) {
        return Optional.ofNullable(vmsById.get().get(VmIndex.key(id)));
    }

    private static Map<String, Located> index(List<HostStatus> hosts, List<SnapshotVms> data) {
        Map<String, Located> byId = new HashMap<>();
        int next = 0;
        for (HostStatus host : hosts) {
            if (host.snapshot() == null) {
                continue;
            }
            SnapshotVms vms = data.get(next++);
            for (VmIndex.Row row : vms.index().rows()) {
                if (row.vm().id() != null) {
                    byId.putIfAbsent(VmIndex.key(row.vm().id()), new Located(host, vms, row));
                }
            }
        }
        return Map.copyOf(byId);
    }

    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
