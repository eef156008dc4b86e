package io.hvmon.hyperv.values;

/**
 * EnhancedSessionModeState of Msvm_ComputerSystem / Msvm_SummaryInformation (reference §5.3, §6.6). PowerShell
 * reports enhanced mode as available only for 2.
 */
public enum EnhancedSessionModeState implements CodedValue {
    ALLOWED_AND_AVAILABLE(2, "Allowed and available", "enhanced session mode can be used now"),
    NOT_ALLOWED(3, "Not allowed", "not allowed (PowerShell's default when absent)"),
    ALLOWED_BUT_NOT_AVAILABLE(6, "Allowed but not available", "allowed, but not available at the moment");

    private final int code;
    private final String friendlyName;
    private final String meaning;

    EnhancedSessionModeState(int code, String friendlyName, String meaning) {
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
