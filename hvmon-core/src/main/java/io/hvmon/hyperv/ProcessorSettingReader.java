package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** vCPU count of every VM (Msvm_ProcessorSettingData.VirtualQuantity), joined like {@link MemorySettingReader}. */
public final class ProcessorSettingReader implements ClassReader<Map<String, Long>> {

    public static final String CLASS = "Msvm_ProcessorSettingData";

    static final String WQL = Wql.select(CLASS, List.of("InstanceID", "VirtualQuantity"));

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public Map<String, Long> read(CimSession session) throws CimException {
        Map<String, Long> byVm = new HashMap<>();
        for (CimInstance r : session.query(CimNamespaces.VIRTUALIZATION_V2, WQL)) {
            String vmId = VmIds.fromInstanceId(r.string("InstanceID"));
            Long count = CimValues.integer(r, "VirtualQuantity");
            if (vmId != null && count != null) {
                byVm.putIfAbsent(vmId, count);
            }
        }
        return byVm;
    }
}
