package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Memory settings of every VM (Msvm_MemorySettingData, all values MB), one query. The VM is the GUID right after
 * {@code Microsoft:} in InstanceID; rows of checkpoints carry the checkpoint's GUID and so match no VM, and
 * capability rows ({@code Microsoft:Definition\...}) carry none.
 */
public final class MemorySettingReader implements ClassReader<Map<String, MemorySettingReader.Row>> {

    public static final String CLASS = "Msvm_MemorySettingData";

    static final String WQL = Wql.select(CLASS,
            List.of("InstanceID", "VirtualQuantity", "Reservation", "Limit", "DynamicMemoryEnabled", "TargetMemoryBuffer"));

    /** Minimum, maximum and buffer are null without Dynamic Memory, where Hyper-V does not use them. */
    public record Row(Long startupMb, Boolean dynamicMemoryEnabled, Long minimumMb, Long maximumMb, Long bufferPercent) {
    }

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public Map<String, Row> read(CimSession session) throws CimException {
        Map<String, Row> byVm = new HashMap<>();
        for (CimInstance r : session.query(CimNamespaces.VIRTUALIZATION_V2, WQL)) {
            String vmId = VmIds.fromInstanceId(r.string("InstanceID"));
            if (vmId != null) {
                Boolean dynamic = r.bool("DynamicMemoryEnabled");
                boolean dm = Boolean.TRUE.equals(dynamic);
                byVm.putIfAbsent(vmId, new Row(CimValues.integer(r, "VirtualQuantity"), dynamic,
                        dm ? CimValues.integer(r, "Reservation") : null, dm ? CimValues.integer(r, "Limit") : null,
                        dm ? CimValues.integer(r, "TargetMemoryBuffer") : null));
            }
        }
        return byVm;
    }
}
