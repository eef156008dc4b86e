package io.hvmon.hyperv.values;

/**
 * ReplicationHealth (and the ReplicationHealthEx[] entries) of Msvm_ComputerSystem, Msvm_SummaryInformation,
 * Msvm_ReplicationRelationship and Msvm_ReplicationStatistics (reference §6.5, §7.1). uint16 on most classes,
 * uint32 on Msvm_ReplicationStatistics: the same codes.
 */
public enum ReplicationHealth implements CodedValue {
    NOT_APPLICABLE(0, "Not Applicable", "the VM is not replicated"),
    NORMAL(1, "Normal", "WMI calls this Ok; PowerShell and the original tool say Normal, which we follow"),
    WARNING(2, "Warning", "replication needs attention"),
    CRITICAL(3, "Critical", "replication is failing");

    private final Entry entry;

    ReplicationHealth(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
