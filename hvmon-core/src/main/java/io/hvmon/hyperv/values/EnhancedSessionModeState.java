package io.hvmon.hyperv.values;

/**
 * EnhancedSessionModeState of Msvm_ComputerSystem / Msvm_SummaryInformation (reference §5.3, §6.6). PowerShell
 * reports enhanced mode as available only for 2.
 */
public enum EnhancedSessionModeState implements CodedValue {
    ALLOWED_AND_AVAILABLE(2, "Allowed and available", "enhanced session mode can be used now"),
    NOT_ALLOWED(3, "Not allowed", "not allowed (PowerShell's default when absent)"),
    ALLOWED_BUT_NOT_AVAILABLE(6, "Allowed but not available", "allowed, but not available at the moment");

    private final Entry entry;

    EnhancedSessionModeState(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
