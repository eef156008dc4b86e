package io.hvmon.app.view;

import io.hvmon.app.api.Freshness;
import io.hvmon.collect.HostStatus;
import io.hvmon.model.VmSummary;

import java.util.List;

/** The output of {@code hvmon collect}: every host's status and data with its VMs, pretty-printed. */
public final class CollectView {

    private CollectView() {
    }

    public static byte[] document(List<HostStatus> hosts, Freshness freshness, ValueStyle style) {
        return JsonOut.render(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("hosts");
            for (HostStatus status : hosts) {
                StyledJson out = new StyledJson(json, style);
                json.writeStartObject();
                json.writeFieldName("host");
                HostView.write(out, status, freshness.stale(status));
                json.writeArrayFieldStart("vms");
                if (status.snapshot() != null) {
                    for (VmSummary vm : status.snapshot().vms()) {
                        VmView.writeVm(out, status.snapshot(), vm, true);
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }, true);
    }
}
