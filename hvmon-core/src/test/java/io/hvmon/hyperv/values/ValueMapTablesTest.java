package io.hvmon.hyperv.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every map against the tables of the reference (hyperv-wmi.md). Each enum has one row test per code and a size
 * test, so a missing, extra or renamed entry fails.
 */
class ValueMapTablesTest {

    @ParameterizedTest(name = "EnabledState {0} = {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0     | Unknown            | unknown
            1     | Other              | other
            2     | Running            | running
            3     | Off                | off
            4     | Stopping           | stopping
            5     | Not Applicable     | not applicable
            6     | Saved              | saved
            7     | In Test            | in test
            8     | Deferred           | deferred
            9     | Paused             | paused
            10    | Starting           | starting
            11    | Reset              | reset
            32773 | Saving             | saving
            32776 | Pausing            | pausing
            32777 | Resuming           | resuming
            32779 | FastSaved          | fastsaved
            32780 | FastSaving         | fastsaving
            32781 | ForceShutdown      | forceshutdown
            32782 | ForceReboot        | forcereboot
            32783 | Hibernated         | hibernated
            32784 | ComponentServicing | componentservicing
            """)
    void enabledState(long code, String friendly, String compat) {
        assertThat(ValueMaps.friendly(EnabledState.class, code)).isEqualTo(friendly);
        assertThat(ValueMaps.lookup(EnabledState.class, code)).get()
                .extracting(EnabledState::compatName).isEqualTo(compat);
    }

    @Test
    void enabledStateHasExactlyTheV2Rows() {
        assertThat(EnabledState.values()).hasSize(21);
    }

    @ParameterizedTest(name = "HealthState {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | Unknown
            5  | OK
            10 | Degraded/Warning
            15 | Minor Failure
            20 | Major Failure
            25 | Critical Failure
            30 | Non-recoverable Error
            """)
    void healthState(long code, String friendly) {
        assertThat(ValueMaps.friendly(HealthState.class, code)).isEqualTo(friendly);
    }

    @Test
    void healthStateMarksTheCimGenericCodes() {
        assertThat(HealthState.values()).hasSize(7);
        assertThat(HealthState.DEGRADED.meaning()).contains("CIM-generic");
        assertThat(HealthState.MAJOR_FAILURE.meaning()).doesNotContain("CIM-generic");
    }

    @ParameterizedTest(name = "OperationalStatus {0} = {1}, secondary {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2     | OK                          | false
            3     | Degraded                    | false
            5     | Predictive Failure          | false
            10    | Stopped                     | false
            11    | In Service                  | false
            15    | Dormant                     | false
            16    | Supporting Entity in Error  | false
            32768 | Creating Snapshot           | true
            32769 | Applying Snapshot           | true
            32770 | Deleting Snapshot           | true
            32771 | Waiting to Start            | true
            32772 | Merging Disks               | true
            32773 | Exporting                   | true
            32774 | Migrating                   | true
            32776 | Backing Up                  | true
            32777 | Modifying                   | true
            32778 | Storage Migration Phase One | true
            32779 | Storage Migration Phase Two | true
            32780 | Migrating Planned VM        | true
            32781 | Checking Compatibility      | true
            32782 | Application Critical State  | true
            32783 | Communication Timed Out     | true
            32784 | Communication Failed        | true
            32795 | Critical I/O Error          | true
            """)
    void operationalStatus(long code, String friendly, boolean secondary) {
        assertThat(ValueMaps.friendly(OperationalStatus.class, code)).isEqualTo(friendly);
        assertThat(ValueMaps.lookup(OperationalStatus.class, code)).get()
                .extracting(OperationalStatus::secondary).isEqualTo(secondary);
    }

    @Test
    void operationalStatusSize() {
        assertThat(OperationalStatus.values()).hasSize(24);
    }

    @ParameterizedTest(name = "Heartbeat {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | Unknown
            2  | OK
            3  | Degraded
            6  | Error
            7  | Non-Recoverable Error
            12 | No Contact
            13 | Lost Communication
            15 | Paused
            """)
    void heartbeat(long code, String friendly) {
        assertThat(ValueMaps.friendly(Heartbeat.class, code)).isEqualTo(friendly);
    }

    @ParameterizedTest(name = "ApplicationHealth {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2     | OK
            32775 | Protocol Mismatch
            32782 | Application Critical
            32783 | Communication Timed Out
            32784 | Communication Failed
            32896 | Disabled
            """)
    void applicationHealth(long code, String friendly) {
        assertThat(ValueMaps.friendly(ApplicationHealth.class, code)).isEqualTo(friendly);
    }

    @ParameterizedTest(name = "ReplicationState {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | Disabled
            1  | Ready for replication
            2  | Waiting to complete initial replication
            3  | Replicating
            4  | Synced replication complete
            5  | Recovered
            6  | Committed
            7  | Suspended
            8  | Critical
            9  | Waiting to start resynchronization
            10 | Resynchronizing
            11 | Resynchronization suspended
            12 | Failover in progress
            13 | Failback in progress
            14 | Failback complete
            15 | Disk update in progress
            16 | Disk update critical
            17 | Unknown
            18 | Repurpose replication in progress
            19 | Prepared for sync replication
            20 | Prepared for group reverse replication
            21 | Firedrill in progress
            """)
    void replicationState(long code, String friendly) {
        assertThat(ValueMaps.friendly(ReplicationState.class, code)).isEqualTo(friendly);
    }

    @ParameterizedTest(name = "ReplicationHealth {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | Not Applicable
            1 | Normal
            2 | Warning
            3 | Critical
            """)
    void replicationHealth(long code, String friendly) {
        assertThat(ValueMaps.friendly(ReplicationHealth.class, code)).isEqualTo(friendly);
    }

    @ParameterizedTest(name = "ReplicationMode {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | None
            1 | Primary
            2 | Replica
            3 | Test Replica
            4 | Extended Replica
            """)
    void replicationMode(long code, String friendly) {
        assertThat(ValueMaps.friendly(ReplicationMode.class, code)).isEqualTo(friendly);
    }

    @ParameterizedTest(name = "ReplicationType {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | None
            1 | Regular
            2 | Application consistent
            3 | Planned
            """)
    void replicationType(long code, String friendly) {
        assertThat(ValueMaps.friendly(ReplicationType.class, code)).isEqualTo(friendly);
    }

    @ParameterizedTest(name = "IntegrationServicesVersionState {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | Unknown
            1 | Up To Date
            2 | Mismatch
            """)
    void integrationServicesVersionState(long code, String friendly) {
        assertThat(ValueMaps.friendly(IntegrationServicesVersionState.class, code)).isEqualTo(friendly);
    }

    @ParameterizedTest(name = "EnhancedSessionModeState {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2 | Allowed and available
            3 | Not allowed
            6 | Allowed but not available
            """)
    void enhancedSessionModeState(long code, String friendly) {
        assertThat(ValueMaps.friendly(EnhancedSessionModeState.class, code)).isEqualTo(friendly);
    }

    @ParameterizedTest(name = "VmReplicationState {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | Disabled
            1  | ReadyForInitialReplication
            2  | InitialReplicationInProgress
            3  | WaitingForInitialReplication
            4  | Replicating
            5  | PreparedForFailover
            6  | FailedOverWaitingCompletion
            7  | FailedOver
            8  | Suspended
            9  | Error
            10 | WaitingForStartResynchronize
            11 | Resynchronizing
            12 | ResynchronizeSuspended
            13 | RecoveryInProgress
            14 | FailbackInProgress
            15 | FailbackComplete
            16 | WaitingForUpdateCompletion
            17 | UpdateError
            18 | WaitingForRepurposeCompletion
            19 | PreparedForSyncReplication
            20 | PreparedForGroupReverseReplication
            21 | FiredrillInProgress
            """)
    void vmReplicationState(long code, String friendly) {
        assertThat(ValueMaps.friendly(VmReplicationState.class, code)).isEqualTo(friendly);
    }

    @ParameterizedTest(name = "HeartbeatStatus {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | Unknown
            1 | Disabled
            2 | NoContact
            3 | Error
            4 | LostCommunication
            5 | OkApplicationsUnknown
            6 | OkApplicationsHealthy
            7 | OkApplicationsCritical
            8 | Paused
            """)
    void heartbeatStatus(long code, String friendly) {
        assertThat(ValueMaps.friendly(HeartbeatStatus.class, code)).isEqualTo(friendly);
    }

    @Test
    void eachEnumHasExactlyTheReferenceRows() {
        assertThat(Heartbeat.values()).hasSize(8);
        assertThat(ApplicationHealth.values()).hasSize(6);
        assertThat(ReplicationState.values()).hasSize(22);
        assertThat(ReplicationHealth.values()).hasSize(4);
        assertThat(ReplicationMode.values()).hasSize(5);
        assertThat(ReplicationType.values()).hasSize(4);
        assertThat(IntegrationServicesVersionState.values()).hasSize(3);
        assertThat(EnhancedSessionModeState.values()).hasSize(3);
        assertThat(VmReplicationState.values()).hasSize(22);
        assertThat(HeartbeatStatus.values()).hasSize(9);
    }
}
