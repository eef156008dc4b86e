package io.hvmon.hyperv.values;

/**
 * Msvm_SummaryInformation.ApplicationHealth, the secondary (application) OperationalStatus of
 * Msvm_HeartbeatComponent (reference §5.3, §10).
 */
public enum ApplicationHealth implements CodedValue {
    OK(2, "OK", "guest applications healthy"),
    PROTOCOL_MISMATCH(32775, "Protocol Mismatch", "heartbeat protocol version mismatch"),
    APPLICATION_CRITICAL(32782, "Application Critical", "a guest application reported a critical state"),
    COMMUNICATION_TIMED_OUT(32783, "Communication Timed Out", "heartbeat communication timed out"),
    COMMUNICATION_FAILED(32784, "Communication Failed", "heartbeat communication failed"),
    DISABLED(32896, "Disabled", "application health reporting is disabled");

    private final Entry entry;

    ApplicationHealth(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
