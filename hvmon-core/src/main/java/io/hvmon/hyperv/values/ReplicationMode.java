package io.hvmon.hyperv.values;

/** ReplicationMode of Msvm_ComputerSystem / Msvm_SummaryInformation; PowerShell's VMReplicationMode is identical (§7.1). */
public enum ReplicationMode implements CodedValue {
    NONE(0, "None", "not replicated"),
    PRIMARY(1, "Primary", "the primary VM of a replication"),
    REPLICA(2, "Replica", "a replica VM"),
    TEST_REPLICA(3, "Test Replica", "a test-failover copy of a replica"),
    EXTENDED_REPLICA(4, "Extended Replica", "the replica of a replica (extended replication)");

    private final Entry entry;

    ReplicationMode(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
