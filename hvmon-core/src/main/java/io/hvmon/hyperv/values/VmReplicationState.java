package io.hvmon.hyperv.values;

import java.util.Map;

/**
 * PowerShell's VMReplicationState, the "State" of Get-VMReplication / Measure-VMReplication (reference §7.1). Its
 * numbers are NOT the WMI ReplicationState numbers ({@link ReplicationState}); {@link #fromWmi} converts. Friendly
 * names are the PowerShell enum names, as PowerShell displays them.
 */
public enum VmReplicationState implements CodedValue {
    DISABLED(0, "Disabled", "PowerShell VMReplicationState.Disabled"),
    READY_FOR_INITIAL_REPLICATION(1, "ReadyForInitialReplication", "PowerShell VMReplicationState.ReadyForInitialReplication"),
    INITIAL_REPLICATION_IN_PROGRESS(2, "InitialReplicationInProgress", "PowerShell VMReplicationState.InitialReplicationInProgress"),
    WAITING_FOR_INITIAL_REPLICATION(3, "WaitingForInitialReplication", "PowerShell VMReplicationState.WaitingForInitialReplication"),
    REPLICATING(4, "Replicating", "PowerShell VMReplicationState.Replicating"),
    PREPARED_FOR_FAILOVER(5, "PreparedForFailover", "PowerShell VMReplicationState.PreparedForFailover"),
    FAILED_OVER_WAITING_COMPLETION(6, "FailedOverWaitingCompletion", "PowerShell VMReplicationState.FailedOverWaitingCompletion"),
    FAILED_OVER(7, "FailedOver", "PowerShell VMReplicationState.FailedOver"),
    SUSPENDED(8, "Suspended", "PowerShell VMReplicationState.Suspended"),
    ERROR(9, "Error", "PowerShell VMReplicationState.Error"),
    WAITING_FOR_START_RESYNCHRONIZE(10, "WaitingForStartResynchronize", "PowerShell VMReplicationState.WaitingForStartResynchronize"),
    RESYNCHRONIZING(11, "Resynchronizing", "PowerShell VMReplicationState.Resynchronizing"),
    RESYNCHRONIZE_SUSPENDED(12, "ResynchronizeSuspended", "PowerShell VMReplicationState.ResynchronizeSuspended"),
    RECOVERY_IN_PROGRESS(13, "RecoveryInProgress", "PowerShell VMReplicationState.RecoveryInProgress"),
    FAILBACK_IN_PROGRESS(14, "FailbackInProgress", "PowerShell VMReplicationState.FailbackInProgress"),
    FAILBACK_COMPLETE(15, "FailbackComplete", "PowerShell VMReplicationState.FailbackComplete"),
    WAITING_FOR_UPDATE_COMPLETION(16, "WaitingForUpdateCompletion", "PowerShell VMReplicationState.WaitingForUpdateCompletion"),
    UPDATE_ERROR(17, "UpdateError", "PowerShell VMReplicationState.UpdateError"),
    WAITING_FOR_REPURPOSE_COMPLETION(18, "WaitingForRepurposeCompletion", "PowerShell VMReplicationState.WaitingForRepurposeCompletion"),
    PREPARED_FOR_SYNC_REPLICATION(19, "PreparedForSyncReplication", "PowerShell VMReplicationState.PreparedForSyncReplication"),
    PREPARED_FOR_GROUP_REVERSE_REPLICATION(20, "PreparedForGroupReverseReplication", "PowerShell VMReplicationState.PreparedForGroupReverseReplication"),
    FIREDRILL_IN_PROGRESS(21, "FiredrillInProgress", "PowerShell VMReplicationState.FiredrillInProgress");

    private final Entry entry;

    VmReplicationState(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }


    // WMI ReplicationState -> {Primary, Replica/ExtendedReplica simple branch, extended branch}: the table of
    // VMReplicationBase.ConvertFailoverReplicationStateToVMReplicationState (§7.1). Codes not listed become Disabled.
    private static final Map<Long, VmReplicationState[]> FROM_WMI = Map.ofEntries(
            row(1, READY_FOR_INITIAL_REPLICATION, DISABLED, READY_FOR_INITIAL_REPLICATION),
            row(2, INITIAL_REPLICATION_IN_PROGRESS, WAITING_FOR_INITIAL_REPLICATION, INITIAL_REPLICATION_IN_PROGRESS),
            row(3, REPLICATING, REPLICATING, REPLICATING),
            row(4, PREPARED_FOR_FAILOVER, DISABLED, DISABLED),
            row(5, DISABLED, FAILED_OVER_WAITING_COMPLETION, FAILED_OVER_WAITING_COMPLETION),
            row(6, DISABLED, FAILED_OVER, FAILED_OVER),
            row(7, SUSPENDED, SUSPENDED, SUSPENDED),
            row(8, ERROR, ERROR, ERROR),
            row(9, WAITING_FOR_START_RESYNCHRONIZE, DISABLED, WAITING_FOR_START_RESYNCHRONIZE),
            row(10, RESYNCHRONIZING, RESYNCHRONIZING, RESYNCHRONIZING),
            row(11, RESYNCHRONIZE_SUSPENDED, RESYNCHRONIZE_SUSPENDED, RESYNCHRONIZE_SUSPENDED),
            row(12, RECOVERY_IN_PROGRESS, RECOVERY_IN_PROGRESS, RECOVERY_IN_PROGRESS),
            row(13, DISABLED, FAILBACK_IN_PROGRESS, FAILBACK_IN_PROGRESS),
            row(14, DISABLED, FAILBACK_COMPLETE, FAILBACK_COMPLETE),
            row(15, WAITING_FOR_UPDATE_COMPLETION, WAITING_FOR_UPDATE_COMPLETION, WAITING_FOR_UPDATE_COMPLETION),
            row(16, UPDATE_ERROR, UPDATE_ERROR, UPDATE_ERROR),
            row(18, WAITING_FOR_REPURPOSE_COMPLETION, WAITING_FOR_REPURPOSE_COMPLETION, DISABLED),
            row(19, PREPARED_FOR_SYNC_REPLICATION, DISABLED, DISABLED),
            row(20, PREPARED_FOR_GROUP_REVERSE_REPLICATION, DISABLED, DISABLED),
            row(21, DISABLED, FIREDRILL_IN_PROGRESS, FIREDRILL_IN_PROGRESS));

    private static final int PRIMARY_COLUMN = 0;
    private static final int SIMPLE_COLUMN = 1;
    private static final int EXTENDED_COLUMN = 2;

    /**
     * The PowerShell state for a WMI ReplicationState, which depends on the replication mode.
     *
     * @param wmiState       WMI ReplicationState (0-21); null or unlisted codes give {@link #DISABLED}
     * @param mode           ReplicationMode: 1 Primary uses the Primary column, 2 Replica and 4 Extended Replica the
     *                       replica columns; any other mode (None, Test Replica, null) gives {@link #DISABLED}
     * @param extendedBranch for a replica, whether PowerShell's "extended" branch applies. PowerShell's condition for
     *                       choosing it is undocumented, so the caller decides
     */
    public static VmReplicationState fromWmi(Long wmiState, Long mode, boolean extendedBranch) {
        if (wmiState == null || mode == null) {
            return DISABLED;
        }
        VmReplicationState[] row = FROM_WMI.get(wmiState);
        if (row == null) {
            return DISABLED;
        }
        if (mode == ReplicationMode.PRIMARY.code()) {
            return row[PRIMARY_COLUMN];
        }
        if (mode == ReplicationMode.REPLICA.code() || mode == ReplicationMode.EXTENDED_REPLICA.code()) {
            return row[extendedBranch ? EXTENDED_COLUMN : SIMPLE_COLUMN];
        }
        return DISABLED;
    }

    private static Map.Entry<Long, VmReplicationState[]> row(long wmi, VmReplicationState primary,
            VmReplicationState simple, VmReplicationState extended) {
        return Map.entry(wmi, new VmReplicationState[] {primary, simple, extended});
    }
}
