package io.hvmon.hyperv.values;

/**
 * OperationalStatus[] of Msvm_ComputerSystem / Msvm_SummaryInformation (reference §6.3): element 0 carries a primary
 * code (below 32768), the optional element 1 a Hyper-V secondary code (32768 and up). One enum covers both; see
 * {@link #secondary()}.
 *
 * <p>Codes 16 and 32776+ come from PowerShell's VMOperationalStatus enum. Its IOV/IOMMU states 32785-32790 are not
 * mapped because the reference gives no names for them, and its literal 23769 (a typo for ApplyingSnapshot) is
 * not a WMI value: all of these read as "unknown (N)".
 */
public enum OperationalStatus implements CodedValue {
    OK(2, "OK", "operating normally"),
    DEGRADED(3, "Degraded", "configuration storage inaccessible"),
    PREDICTIVE_FAILURE(5, "Predictive Failure", "VHD storage low"),
    STOPPED(10, "Stopped", "documented as not used; PowerShell shows it as OK"),
    IN_SERVICE(11, "In Service", "processing a request"),
    DORMANT(15, "Dormant", "documented as not used; PowerShell shows it as OK"),
    SUPPORTING_ENTITY_IN_ERROR(16, "Supporting Entity in Error", "PowerShell VMOperationalStatus"),
    CREATING_SNAPSHOT(32768, "Creating Snapshot", "secondary"),
    APPLYING_SNAPSHOT(32769, "Applying Snapshot", "secondary"),
    DELETING_SNAPSHOT(32770, "Deleting Snapshot", "secondary"),
    WAITING_TO_START(32771, "Waiting to Start", "secondary"),
    MERGING_DISKS(32772, "Merging Disks", "secondary"),
    EXPORTING(32773, "Exporting", "secondary: exporting the virtual machine"),
    MIGRATING(32774, "Migrating", "secondary: migrating the virtual machine"),
    BACKING_UP(32776, "Backing Up", "secondary; PowerShell VMOperationalStatus"),
    MODIFYING(32777, "Modifying", "secondary; PowerShell VMOperationalStatus"),
    STORAGE_MIGRATION_PHASE_ONE(32778, "Storage Migration Phase One", "secondary; PowerShell VMOperationalStatus"),
    STORAGE_MIGRATION_PHASE_TWO(32779, "Storage Migration Phase Two", "secondary; PowerShell VMOperationalStatus"),
    MIGRATING_PLANNED_VM(32780, "Migrating Planned VM", "secondary; PowerShell VMOperationalStatus"),
    CHECKING_COMPATIBILITY(32781, "Checking Compatibility", "secondary; PowerShell VMOperationalStatus"),
    APPLICATION_CRITICAL_STATE(32782, "Application Critical State", "secondary; PowerShell VMOperationalStatus"),
    COMMUNICATION_TIMED_OUT(32783, "Communication Timed Out", "secondary; PowerShell VMOperationalStatus"),
    COMMUNICATION_FAILED(32784, "Communication Failed", "secondary; PowerShell VMOperationalStatus"),
    CRITICAL_IO_ERROR(32795, "Critical I/O Error", "secondary; PowerShell VMOperationalStatus");

    private final Entry entry;

    OperationalStatus(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }

    /** Whether this is a Hyper-V secondary status (OperationalStatus[1]) rather than a primary CIM status. */
    public boolean secondary() {
        return code() >= 32768;
    }
}
