package io.hvmon.app.view;

import io.hvmon.model.HostSnapshot;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One snapshot's VMs paired with their details, in the snapshot's order and by GUID. Built once per snapshot, so that
 * neither rendering every VM nor finding one by its id looks anything up case-insensitively again.
 */
public final class VmIndex {

    /**
     * One VM as the views need it.
     *
     * @param hostName the snapshot's host
     * @param vm       the VM's summary
     * @param details  its details; null when they were not read (yet)
     * @param position its place in the snapshot's VM list
     */
    public record Row(String hostName, VmSummary vm, VmDetails details, int position) {
    }

    private final HostSnapshot snapshot;
    private final List<Row> rows;
    private final Map<String, Row> byId;

    private VmIndex(HostSnapshot snapshot, List<Row> rows, Map<String, Row> byId) {
        this.snapshot = snapshot;
        this.rows = rows;
        this.byId = byId;
    }

    public static VmIndex of(HostSnapshot snapshot) {
        List<Row> rows = new ArrayList<>(snapshot.vms().size());
        Map<String, Row> byId = HashMap.newHashMap(snapshot.vms().size());
        for (VmSummary vm : snapshot.vms()) {
            Row row = new Row(snapshot.hostName(), vm, snapshot.detailsOf(vm.id()).orElse(null), rows.size());
            rows.add(row);
            if (vm.id() != null) {
                byId.putIfAbsent(key(vm.id()), row); // the first of a (never seen) duplicate, as HostSnapshot.vm does
            }
        }
        return new VmIndex(snapshot, List.copyOf(rows), Map.copyOf(byId));
    }

    /** The key GUIDs are indexed under: Windows writes them upper case, clients may not. */
    public static String key(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    public HostSnapshot snapshot() {
        return snapshot;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The VM with this GUID, in any case. */
    public Optional<Row> find(String id) {
        return Optional.ofNullable(byId.get(key(id)));
    }
}
