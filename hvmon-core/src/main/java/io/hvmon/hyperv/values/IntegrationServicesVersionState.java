package io.hvmon.hyperv.values;

/** Msvm_SummaryInformation.IntegrationServicesVersionState (reference §5.3). */
public enum IntegrationServicesVersionState implements CodedValue {
    UNKNOWN(0, "Unknown", "the version state is not known"),
    UP_TO_DATE(1, "Up To Date", "guest integration services match the host"),
    MISMATCH(2, "Mismatch", "guest integration services differ from the host version");

    private final Entry entry;

    IntegrationServicesVersionState(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
