package io.hvmon.simulator.fleet;

import java.time.Instant;

/**
 * A VM's part in Hyper-V Replica. Immutable.
 *
 * @param mode               0 None, 1 Primary, 2 Replica, 3 Test replica, 4 Extended replica
 * @param state              WMI ReplicationState: 0 Disabled, 2 Waiting for initial replication, 3 Replicating,
 *                           7 Suspended, 8 Critical, ...
 * @param health             0 Not applicable, 1 Ok (PowerShell: Normal), 2 Warning, 3 Critical
 * @param partnerHost        the other side: the replica server for a primary, the primary server for a replica
 * @param intervalSeconds    replication frequency: 30, 300 or 900
 * @param lastReplication    last successful replication cycle; null if never
 * @param extended           a replica's own onward relationship to an extended replica server (InstanceID
 *                           {@code ...\HVR\1}, mode {@link #EXTENDED_REPLICA}, partner = the extended replica server);
 *                           null when there is none
 */
public record Replication(int mode, int state, int health, String partnerHost, int intervalSeconds,
                          Instant lastReplication, Replication extended) {

    public static final Replication NONE = new Replication(0, 0, 0, null, 0, null, null);

    public static final int PRIMARY = 1;
    public static final int REPLICA = 2;
    public static final int TEST_REPLICA = 3;
    public static final int EXTENDED_REPLICA = 4;

    public static final int STATE_WAITING_INITIAL = 2;
    public static final int STATE_REPLICATING = 3;
    public static final int STATE_SUSPENDED = 7;
    public static final int STATE_CRITICAL = 8;

    /** Whether the VM takes part in replication (ReplicationMode is not None). */
    public boolean enabled() {
        return mode != 0;
    }

    public Replication withStatus(int newState, int newHealth) {
        return new Replication(mode, newState, newHealth, partnerHost, intervalSeconds, lastReplication, extended);
    }

    public Replication withLastReplication(Instant when) {
        return new Replication(mode, state, health, partnerHost, intervalSeconds, when, extended);
    }

    public Replication withExtended(Replication onward) {
        return new Replication(mode, state, health, partnerHost, intervalSeconds, lastReplication, onward);
    }

    /** Whether the VM has a relationship at all: test replicas are copies and replicate nothing. */
    public boolean hasRelationship() {
        return mode != 0 && mode != TEST_REPLICA;
    }
}
