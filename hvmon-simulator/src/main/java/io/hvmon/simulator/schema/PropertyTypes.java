package io.hvmon.simulator.schema;

import io.hvmon.cim.CimType;
import java.util.Map;
import java.util.Set;

/**
 * Turns the schema file's Go notation into CIM types. The generator wrote datetimes and references as plain
 * {@code string} and value-mapped properties as Go enum types, so a few facts have to be restated here by hand.
 */
final class PropertyTypes {

    /** Properties the generator spelled {@code string} that are CIM datetimes (timestamps or intervals). */
    static final Set<String> DATETIMES = Set.of(
            "CreationTime", "InstallDate", "TimeOfLastStateChange", "TimeOfLastConfigurationChange",
            "LastReplicationTime", "LastApplicationConsistentReplicationTime", "LastSuccessfulBackupTime",
            "LastApplyTime", "StartStatisticTime", "EndStatisticTime", "LastTestFailoverTime", "MonitoringStartTime",
            "LastBootUpTime", "LocalDateTime", "ErrorTime",
            // intervals
            "AutomaticStartupActionDelay", "AutomaticCriticalErrorActionTimeout",
            "AutoResynchronizeIntervalStart", "AutoResynchronizeIntervalEnd");

    /** Datetime properties that hold an interval (a {@link java.time.Duration}) rather than a timestamp. */
    static final Set<String> INTERVALS = Set.of(
            "AutomaticStartupActionDelay", "AutomaticCriticalErrorActionTimeout",
            "AutoResynchronizeIntervalStart", "AutoResynchronizeIntervalEnd");

    /** Class-typed properties that are references rather than embedded instances. */
    static final Set<String> REFERENCES = Set.of("TestReplicaSystem");

    /** Go enum types whose CIM type is not uint16: VirtualSystemSubType is a string ("Microsoft:Hyper-V:SubType:2"). */
    private static final Set<String> STRING_ENUM_PROPERTIES = Set.of("VirtualSystemSubType");

    private static final Map<String, CimType> SCALARS = Map.ofEntries(
            Map.entry("string", CimType.STRING), Map.entry("bool", CimType.BOOLEAN),
            Map.entry("uint8", CimType.UINT8), Map.entry("int8", CimType.SINT8),
            Map.entry("uint16", CimType.UINT16), Map.entry("int16", CimType.SINT16),
            Map.entry("uint32", CimType.UINT32), Map.entry("int32", CimType.SINT32),
            Map.entry("uint64", CimType.UINT64), Map.entry("int64", CimType.SINT64),
            Map.entry("float32", CimType.REAL32), Map.entry("float64", CimType.REAL64),
            Map.entry("char16", CimType.CHAR16));

    private PropertyTypes() {
    }

    /** The schema of property {@code name} declared as {@code goType}, e.g. {@code []uint16} or {@code CIM_ConcreteJob}. */
    static PropertySchema resolve(String name, String goType) {
        boolean array = goType.startsWith("[]");
        String base = array ? goType.substring(2) : goType;
        CimType scalar = SCALARS.get(base);
        if (scalar != null) {
            if (scalar == CimType.STRING && DATETIMES.contains(name)) {
                scalar = CimType.DATETIME;
            }
            return new PropertySchema(name, scalar, array, null);
        }
        if (isClassName(base)) {
            CimType kind = REFERENCES.contains(name) ? CimType.REFERENCE : CimType.INSTANCE;
            return new PropertySchema(name, kind, array, base);
        }
        if (base.contains("_")) {
            // a generated value-map enum such as EnabledLogicalElement_EnabledState
            return new PropertySchema(name, STRING_ENUM_PROPERTIES.contains(name) ? CimType.STRING : CimType.UINT16,
                    array, null);
        }
        throw new IllegalArgumentException("unknown type " + goType + " for property " + name);
    }

    private static boolean isClassName(String type) {
        return type.startsWith("CIM_") || type.startsWith("Msvm_") || type.startsWith("Win32_");
    }
}
