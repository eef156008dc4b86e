package io.hvmon.hyperv.values;

/**
 * ReplicationState in the <b>WMI</b> numbering: Msvm_ReplicationRelationship.ReplicationState,
 * Msvm_SummaryInformation.ReplicationStateEx[] and the deprecated scalars (reference §7.1). Names are the WMI doc's;
 * each meaning names the matching client enum FailoverReplicationState (same numbers). 15-21 are 2016/1703+.
 * PowerShell's Get-VMReplication numbering differs: see {@link VmReplicationState}.
 */
public enum ReplicationState implements CodedValue {
    DISABLED(0, "Disabled", "FailoverReplicationState.Disabled"),
    READY_FOR_REPLICATION(1, "Ready for replication", "FailoverReplicationState.Ready"),
    WAITING_TO_COMPLETE_INITIAL_REPLICATION(2, "Waiting to complete initial replication", "FailoverReplicationState.WaitingToCompleteInitialReplication"),
    REPLICATING(3, "Replicating", "FailoverReplicationState.Replicating"),
    SYNCED_REPLICATION_COMPLETE(4, "Synced replication complete", "FailoverReplicationState.SyncedReplicationComplete"),
    RECOVERED(5, "Recovered", "FailoverReplicationState.Recovered"),
    COMMITTED(6, "Committed", "FailoverReplicationState.Committed"),
    SUSPENDED(7, "Suspended", "FailoverReplicationState.Suspended"),
    CRITICAL(8, "Critical", "FailoverReplicationState.Critical"),
    WAITING_TO_START_RESYNCHRONIZATION(9, "Waiting to start resynchronization", "FailoverReplicationState.WaitingForStartResynchronize"),
    RESYNCHRONIZING(10, "Resynchronizing", "FailoverReplicationState.Resynchronizing"),
    RESYNCHRONIZATION_SUSPENDED(11, "Resynchronization suspended", "FailoverReplicationState.ResynchronizeSuspended"),
    FAILOVER_IN_PROGRESS(12, "Failover in progress", "FailoverReplicationState.RecoveryInProgress"),
    FAILBACK_IN_PROGRESS(13, "Failback in progress", "FailoverReplicationState.FailbackInProgress"),
    FAILBACK_COMPLETE(14, "Failback complete", "FailoverReplicationState.FailbackComplete"),
    DISK_UPDATE_IN_PROGRESS(15, "Disk update in progress", "FailoverReplicationState.WaitingForUpdateCompletion (2016/1703+)"),
    DISK_UPDATE_CRITICAL(16, "Disk update critical", "FailoverReplicationState.UpdateCritical (2016/1703+)"),
    UNKNOWN(17, "Unknown", "FailoverReplicationState.Unknown (2016/1703+)"),
    REPURPOSE_REPLICATION_IN_PROGRESS(18, "Repurpose replication in progress", "FailoverReplicationState.WaitingForRepurposeCompletion (2016/1703+)"),
    PREPARED_FOR_SYNC_REPLICATION(19, "Prepared for sync replication", "FailoverReplicationState.PreparedForSyncReplication (2016/1703+)"),
    PREPARED_FOR_GROUP_REVERSE_REPLICATION(20, "Prepared for group reverse replication", "FailoverReplicationState.PreparedForGroupReverseReplication (2016/1703+)"),
    FIREDRILL_IN_PROGRESS(21, "Firedrill in progress", "FailoverReplicationState.FiredrillInProgress (2016/1703+)");

    private final Entry entry;

    ReplicationState(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
