package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;
import io.hvmon.cim.CimType;
import io.hvmon.model.VmSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every VM through {@code Msvm_VirtualSystemManagementService.GetSummaryInformation}, one call for all VMs
 * (SettingData NULL): the route for Server 2012 R2, where Msvm_SummaryInformation cannot be enumerated.
 *
 * <p>Only codes up to 116 are requested: above that the documentation and Microsoft's own Failover Cluster Manager
 * number the properties differently (reference §5.2). So ApplicationHealth, IntegrationServicesVersionState,
 * ReplicationStateEx/HealthEx, EnhancedSessionModeState, HostComputerSystemName, VirtualSystemSubType and InstanceID
 * stay null on this route. 10 (Version) and 11 (Shielded) are left out too: they were added after 2012 R2, the
 * only hosts that take this route, and an unknown code could make the whole call fail.
 */
public final class SummaryInformationMethod {

    public static final String WHAT = "Msvm_VirtualSystemManagementService.GetSummaryInformation";
    static final String SERVICE = "Msvm_VirtualSystemManagementService";

    /** Name, ElementName, CreationTime, Notes, NumberOfProcessors, AllocatedGPU; then the VM-only codes 100-116. */
    static final List<Long> REQUESTED = List.of(0L, 1L, 2L, 3L, 4L, 8L, 100L, 101L, 103L, 104L, 105L, 106L, 109L, 110L,
            111L, 112L, 113L, 114L, 115L, 116L);

    private static final Map<Long, String> RETURN_CODES = Map.ofEntries(Map.entry(4096L, "job started"),
            Map.entry(32768L, "failed"), Map.entry(32769L, "access denied"), Map.entry(32770L, "not supported"),
            Map.entry(32771L, "status unknown"), Map.entry(32772L, "timeout"), Map.entry(32773L, "invalid parameter"),
            Map.entry(32774L, "system is in use"), Map.entry(32775L, "invalid state"),
            Map.entry(32776L, "incorrect data type"), Map.entry(32777L, "system not available"),
            Map.entry(32778L, "out of memory"));

    /** The vmms instance of a host, keyed as WMI keys it. */
    static CimReference service(String hostComputerName) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("CreationClassName", SERVICE);
        keys.put("Name", "vmms");
        keys.put("SystemCreationClassName", "Msvm_ComputerSystem");
        keys.put("SystemName", hostComputerName);
        return new CimReference(CimNamespaces.VIRTUALIZATION_V2, SERVICE, keys);
    }

    public List<VmSummary> read(CimSession session, String hostComputerName) throws CimException {
        List<CimProperty> in = List.of(CimProperty.nullValue("SettingData", CimType.REFERENCE, true),
                CimProperty.array("RequestedInformation", CimType.UINT32, REQUESTED));
        CimInstance out = session.invoke(service(hostComputerName), "GetSummaryInformation", in);
        Long result = CimValues.integer(out, "ReturnValue");
        if (result == null || result != 0) {
            throw failed(result);
        }
        List<?> items = out.list("SummaryInformation");
        List<VmSummary> vms = new ArrayList<>(items == null ? 0 : items.size());
        for (Object item : items == null ? List.of() : items) {
            CimInstance row = switch (item) {
                case CimInstance i -> i;
                // A source may hand embedded instances over as their CIM-XML text.
                case String xml when !xml.isBlank() -> parse(xml);
                case null, default -> null;
            };
            if (row != null && VmIds.isVmId(row.string("Name"))) {
                vms.add(SummaryInformationReader.toVm(row));
            }
        }
        return vms;
    }

    private static CimInstance parse(String xml) throws CimException {
        try {
            return CimXmlText.parse(xml);
        } catch (IllegalArgumentException e) {
            throw new CimException(CimException.Kind.PROTOCOL, WHAT + " returned an unreadable instance: " + e.getMessage());
        }
    }

    private static CimException failed(Long code) {
        String words = code == null ? "no return value" : code + " (" + RETURN_CODES.getOrDefault(code, "unknown code") + ")";
        CimException.Kind kind = code == null ? CimException.Kind.PROTOCOL
                : code == 32769 ? CimException.Kind.ACCESS_DENIED
                : code == 32770 ? CimException.Kind.UNSUPPORTED
                : code == 32772 ? CimException.Kind.TIMEOUT : CimException.Kind.FAULT;
        return new CimException(kind, WHAT + " returned " + words);
    }
}
