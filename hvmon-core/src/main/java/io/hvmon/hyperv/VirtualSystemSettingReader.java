package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;
import io.hvmon.model.Checkpoint;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Msvm_VirtualSystemSettingData in one query for realized VMs and their checkpoints alike. Both carry the VM's GUID
 * in VirtualSystemIdentifier; VirtualSystemType tells them apart, so a checkpoint's settings are never taken for
 * the VM's (a checkpoint's InstanceID holds the checkpoint's own GUID, so InstanceID is not used for checkpoints).
 * Planned VMs and other types are ignored.
 */
public final class VirtualSystemSettingReader implements ClassReader<VirtualSystemSettingReader.Result> {

    public static final String CLASS = "Msvm_VirtualSystemSettingData";
    static final String REALIZED = "Microsoft:Hyper-V:System:Realized";
    static final String SNAPSHOT_PREFIX = "Microsoft:Hyper-V:Snapshot:";

    static final String WQL = Wql.select(CLASS, List.of("InstanceID", "VirtualSystemIdentifier", "VirtualSystemType",
            "ElementName", "CreationTime", "Version", "VirtualSystemSubType", "Notes"));

    /** A realized VM's own settings; generation null when the subtype is absent or unknown. */
    public record Realized(String vmId, Long generation, String version, String notes, OffsetDateTime creationTime) {
    }

    /**
     * @param realized    by VM GUID
     * @param checkpoints by VM GUID: each checkpoint (id, name, creation time)
     */
    public record Result(Map<String, Realized> realized, Map<String, List<Checkpoint>> checkpoints) {
        public Result {
            realized = Map.copyOf(realized);
            Map<String, List<Checkpoint>> copy = new HashMap<>();
            checkpoints.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableList(new ArrayList<>(v))));
            checkpoints = Map.copyOf(copy);
        }
    }

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public Result read(CimSession session) throws CimException {
        Map<String, Realized> realized = new HashMap<>();
        Map<String, List<Checkpoint>> checkpoints = new HashMap<>();
        for (CimInstance r : session.query(CimNamespaces.VIRTUALIZATION_V2, WQL)) {
            String type = r.string("VirtualSystemType");
            String vmId = VmIds.normalize(r.string("VirtualSystemIdentifier"));
            if (type == null) {
                continue;
            }
            if (type.equalsIgnoreCase(REALIZED)) {
                if (vmId == null) {
                    vmId = VmIds.fromInstanceId(r.string("InstanceID")); // realized: InstanceID is Microsoft:<VM GUID>
                }
                if (vmId != null) {
                    realized.putIfAbsent(vmId, new Realized(vmId, generation(r.string("VirtualSystemSubType")),
                            r.string("Version"), CimValues.joined(r, "Notes"), CimValues.when(r, "CreationTime")));
                }
            } else if (vmId != null && type.regionMatches(true, 0, SNAPSHOT_PREFIX, 0, SNAPSHOT_PREFIX.length())) {
                checkpoints.computeIfAbsent(vmId, k -> new ArrayList<>()).add(new Checkpoint(
                        VmIds.fromInstanceId(r.string("InstanceID")), r.string("ElementName"),
                        CimValues.when(r, "CreationTime")));
            }
        }
        return new Result(realized, checkpoints);
    }

    /** "Microsoft:Hyper-V:SubType:2" → 2. A VSSD without a subtype predates generation 2: PowerShell reads it as 1. */
    static Long generation(String subType) {
        if (subType == null || subType.isBlank()) {
            return 1L;
        }
        String s = subType.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith(":subtype:1")) {
            return 1L;
        }
        if (s.endsWith(":subtype:2")) {
            return 2L;
        }
        return null;
    }
}
