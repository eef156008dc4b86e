package io.hvmon.app.api;

import io.hvmon.app.api.cache.Once;
import io.hvmon.app.api.cache.Rendered;
import io.hvmon.app.view.ValueStyle;
import io.hvmon.app.view.VmIndex;
import io.hvmon.model.HostSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * One host snapshot's VMs, indexed once, and their {@code /hvm/vms/{id}} bodies: each rendered when first asked for,
 * in the style asked for, and kept while the snapshot is its host's latest. A new snapshot of the host brings a new
 * instance; this one, with its bodies, is then dropped. At most VMs × styles bodies, only those requested.
 */
final class SnapshotVms {

    private static final int STYLES = ValueStyle.values().length;

    private final VmIndex index;
    private final List<Once<Rendered>> bodies;

    SnapshotVms(HostSnapshot snapshot, Views views) {
        this.index = VmIndex.of(snapshot);
        List<Once<Rendered>> all = new ArrayList<>(index.rows().size() * STYLES);
        for (VmIndex.Row row : index.rows()) {
            for (ValueStyle style : ValueStyle.values()) {
                all.add(new Once<>(() -> Rendered.of(views.vm(row, style))));
            }
        }
        this.bodies = List.copyOf(all);
    }

    HostSnapshot snapshot() {
        return index.snapshot();
    }

    VmIndex index() {
        return index;
    }

    /** The body of one of this snapshot's VMs. */
    Rendered body(VmIndex.Row row, ValueStyle style) {
        return bodies.get(row.position() * STYLES + style.ordinal()).get();
    }
}
