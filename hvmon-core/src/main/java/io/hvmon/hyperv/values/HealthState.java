package io.hvmon.hyperv.values;

/**
 * HealthState of Msvm_ComputerSystem / Msvm_SummaryInformation (reference §6.3). Hyper-V documents 5, 20 and 25;
 * the other codes are the generic CIM_ManagedSystemElement values, kept so they read as names, not numbers.
 */
public enum HealthState implements CodedValue {
    UNKNOWN(0, "Unknown", "CIM-generic, not documented for Hyper-V VMs"),
    OK(5, "OK", "healthy"),
    DEGRADED(10, "Degraded/Warning", "CIM-generic, not documented for Hyper-V VMs"),
    MINOR_FAILURE(15, "Minor Failure", "CIM-generic, not documented for Hyper-V VMs"),
    MAJOR_FAILURE(20, "Major Failure", "e.g. disk space low and the VM paused"),
    CRITICAL_FAILURE(25, "Critical Failure", "e.g. vmwp not responding, or VHD storage low"),
    NON_RECOVERABLE_ERROR(30, "Non-recoverable Error", "CIM-generic, not documented for Hyper-V VMs");

    private final Entry entry;

    HealthState(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
