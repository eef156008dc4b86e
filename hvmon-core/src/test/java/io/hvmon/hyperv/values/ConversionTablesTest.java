package io.hvmon.hyperv.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mode-dependent replication-state conversion (§7.1) and the heartbeat derivation (§10), row by row. */
class ConversionTablesTest {

    private static final long PRIMARY = 1;
    private static final long REPLICA = 2;
    private static final long EXTENDED_REPLICA = 4;

    // Columns: WMI state | Primary | Replica simple branch | Replica extended branch. Rows 0, 17 and 99 are "other".
    @ParameterizedTest(name = "WMI {0}: {1} / {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | READY_FOR_INITIAL_REPLICATION          | DISABLED                        | READY_FOR_INITIAL_REPLICATION
            2  | INITIAL_REPLICATION_IN_PROGRESS        | WAITING_FOR_INITIAL_REPLICATION | INITIAL_REPLICATION_IN_PROGRESS
            3  | REPLICATING                            | REPLICATING                     | REPLICATING
            4  | PREPARED_FOR_FAILOVER                  | DISABLED                        | DISABLED
            5  | DISABLED                               | FAILED_OVER_WAITING_COMPLETION  | FAILED_OVER_WAITING_COMPLETION
            6  | DISABLED                               | FAILED_OVER                     | FAILED_OVER
            7  | SUSPENDED                              | SUSPENDED                       | SUSPENDED
            8  | ERROR                                  | ERROR                           | ERROR
            9  | WAITING_FOR_START_RESYNCHRONIZE        | DISABLED                        | WAITING_FOR_START_RESYNCHRONIZE
            10 | RESYNCHRONIZING                        | RESYNCHRONIZING                 | RESYNCHRONIZING
            11 | RESYNCHRONIZE_SUSPENDED                | RESYNCHRONIZE_SUSPENDED         | RESYNCHRONIZE_SUSPENDED
            12 | RECOVERY_IN_PROGRESS                   | RECOVERY_IN_PROGRESS            | RECOVERY_IN_PROGRESS
            13 | DISABLED                               | FAILBACK_IN_PROGRESS            | FAILBACK_IN_PROGRESS
            14 | DISABLED                               | FAILBACK_COMPLETE               | FAILBACK_COMPLETE
            15 | WAITING_FOR_UPDATE_COMPLETION          | WAITING_FOR_UPDATE_COMPLETION   | WAITING_FOR_UPDATE_COMPLETION
            16 | UPDATE_ERROR                           | UPDATE_ERROR                    | UPDATE_ERROR
            18 | WAITING_FOR_REPURPOSE_COMPLETION       | WAITING_FOR_REPURPOSE_COMPLETION | DISABLED
            19 | PREPARED_FOR_SYNC_REPLICATION          | DISABLED                        | DISABLED
            20 | PREPARED_FOR_GROUP_REVERSE_REPLICATION | DISABLED                        | DISABLED
            21 | DISABLED                               | FIREDRILL_IN_PROGRESS           | FIREDRILL_IN_PROGRESS
            0  | DISABLED                               | DISABLED                        | DISABLED
            17 | DISABLED                               | DISABLED                        | DISABLED
            99 | DISABLED                               | DISABLED                        | DISABLED
            """)
    void replicationStateFromWmi(long wmi, VmReplicationState primary, VmReplicationState simple,
            VmReplicationState extended) {
        assertThat(VmReplicationState.fromWmi(wmi, PRIMARY, false)).isEqualTo(primary);
        assertThat(VmReplicationState.fromWmi(wmi, PRIMARY, true)).as("the branch only matters for replicas")
                .isEqualTo(primary);
        assertThat(VmReplicationState.fromWmi(wmi, REPLICA, false)).isEqualTo(simple);
        assertThat(VmReplicationState.fromWmi(wmi, EXTENDED_REPLICA, false)).isEqualTo(simple);
        assertThat(VmReplicationState.fromWmi(wmi, REPLICA, true)).isEqualTo(extended);
        assertThat(VmReplicationState.fromWmi(wmi, EXTENDED_REPLICA, true)).isEqualTo(extended);
    }

    @ParameterizedTest(name = "WMI {0}, mode {1} -> DISABLED")
    @CsvSource(nullValues = "NULL", textBlock = """
            3,    0
            3,    3
            3,    NULL
            NULL, 1
            NULL, 2
            """)
    void otherModesAndNullStatesAreDisabled(Long wmi, Long mode) {
        assertThat(VmReplicationState.fromWmi(wmi, mode, false)).isEqualTo(VmReplicationState.DISABLED);
        assertThat(VmReplicationState.fromWmi(wmi, mode, true)).isEqualTo(VmReplicationState.DISABLED);
    }

    // "any" rows are tried with several secondary values, NULL included.
    @ParameterizedTest(name = "Heartbeat {0} + ApplicationHealth {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            0     | NULL  | UNKNOWN
            0     | 2     | UNKNOWN
            6     | 2     | ERROR
            6     | NULL  | ERROR
            32896 | 2     | DISABLED
            32896 | 32782 | DISABLED
            13    | 2     | LOST_COMMUNICATION
            13    | NULL  | LOST_COMMUNICATION
            12    | 2     | NO_CONTACT
            12    | 0     | NO_CONTACT
            15    | 2     | PAUSED
            15    | NULL  | PAUSED
            2     | 0     | OK_APPLICATIONS_UNKNOWN
            2     | 12    | OK_APPLICATIONS_UNKNOWN
            2     | 2     | OK_APPLICATIONS_HEALTHY
            2     | 32782 | OK_APPLICATIONS_CRITICAL
            2     | 32896 | OK_APPLICATIONS_UNKNOWN
            2     | 32783 | OK_APPLICATIONS_UNKNOWN
            2     | NULL  | OK_APPLICATIONS_UNKNOWN
            3     | 2     | UNKNOWN
            7     | 2     | UNKNOWN
            5     | 2     | UNKNOWN
            NULL  | 2     | UNKNOWN
            4294967298 | 2 | UNKNOWN
            """)
    void heartbeatStatusDerivation(Long heartbeat, Long applicationHealth, HeartbeatStatus expected) {
        assertThat(HeartbeatStatus.derive(heartbeat, applicationHealth)).isEqualTo(expected);
    }
}
