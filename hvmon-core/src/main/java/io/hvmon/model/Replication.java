package io.hvmon.model;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One Hyper-V Replica relationship of a VM (Msvm_ReplicationRelationship joined with Msvm_ReplicationSettingData).
 * Codes as WMI gives them; times null for "never" (Windows writes the FILETIME epoch).
 *
 * @param index                       0 primary relationship, 1 extended ({@code Microsoft:<GUID>\HVR\<n>})
 * @param state                       WMI ReplicationState (0-21)
 * @param powerShellState             the state as Get-VMReplication shows it (PowerShell VMReplicationState code),
 *                                    converted with the VM's replication mode
 * @param health                      ReplicationHealth (0 not applicable, 1 normal, 2 warning, 3 critical)
 * @param lastReplicationTime         last replication (received on the replica side); null = never
 * @param lastApplyTime               last replication applied on the replica; null = never
 * @param lastApplicationConsistentTime last application-consistent (VSS) replication; null = never
 * @param lastReplicationType         0 none, 1 regular, 2 application consistent, 3 planned
 * @param lag                         collection time minus lastReplicationTime (never negative); null = never
 * @param interval                    ReplicationInterval (seconds on the wire); null when settings are unknown
 * @param primaryServer               PrimaryHostSystem, else PrimaryConnectionPoint
 * @param replicaServer               RecoveryConnectionPoint (the configured replica server or broker)
 * @param currentReplicaServer        RecoveryHostSystem (the host that holds the replica now)
 * @param status                      plain words, e.g. "Warning: last replication 47 min ago, interval 5 min"
 */
public record Replication(int index, Long state, Long powerShellState, Long health, OffsetDateTime lastReplicationTime,
                          OffsetDateTime lastApplyTime, OffsetDateTime lastApplicationConsistentTime,
                          Long lastReplicationType, Duration lag, Duration interval, String primaryServer,
                          String replicaServer, String currentReplicaServer, String status) {

    public static final int PRIMARY = 0;
    public static final int EXTENDED = 1;
}
