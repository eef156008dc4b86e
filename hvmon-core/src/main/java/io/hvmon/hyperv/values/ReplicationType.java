package io.hvmon.hyperv.values;

/**
 * LastReplicationType and FailedOverReplicationType of Msvm_ComputerSystem (reference §6.5, §7.1); PowerShell's
 * VMReplicationType is identical.
 */
public enum ReplicationType implements CodedValue {
    NONE(0, "None", "no replication yet"),
    REGULAR(1, "Regular", "crash-consistent replication"),
    APPLICATION_CONSISTENT(2, "Application consistent", "VSS application-consistent replication"),
    PLANNED(3, "Planned", "planned failover replication");

    private final Entry entry;

    ReplicationType(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
