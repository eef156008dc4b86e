package io.hvmon.hyperv.values;

/**
 * Msvm_SummaryInformation.Heartbeat, the primary OperationalStatus of Msvm_HeartbeatComponent (reference §5.3, §10).
 * These are CIM OperationalStatus codes, not PowerShell's 0-8 VMHeartbeatStatus (that is {@link HeartbeatStatus}).
 */
public enum Heartbeat implements CodedValue {
    UNKNOWN(0, "Unknown", "not available (PowerShell handles 0 as unknown)"),
    OK(2, "OK", "the guest answers heartbeats"),
    DEGRADED(3, "Degraded", "heartbeat component degraded"),
    ERROR(6, "Error", "heartbeat error"),
    NON_RECOVERABLE_ERROR(7, "Non-Recoverable Error", "heartbeat component failed"),
    NO_CONTACT(12, "No Contact", "no contact with the guest heartbeat service"),
    LOST_COMMUNICATION(13, "Lost Communication", "contact with the guest heartbeat service was lost"),
    PAUSED(15, "Paused", "CIM Dormant: the VM is paused");

    private final Entry entry;

    Heartbeat(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
