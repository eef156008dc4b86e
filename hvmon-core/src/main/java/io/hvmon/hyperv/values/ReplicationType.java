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

    private final int code;
    private final String friendlyName;
    private final String meaning;

    ReplicationType(int code, String friendlyName, String meaning) {
        this.code = code;
        this.friendlyName = friendlyName;
        this.meaning = meaning;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String friendlyName() {
        return friendlyName;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
