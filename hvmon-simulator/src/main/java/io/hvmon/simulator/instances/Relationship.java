package io.hvmon.simulator.instances;

import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.Replication;
import io.hvmon.simulator.fleet.VmState;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One Hyper-V Replica relationship of a VM as both replication classes see it: index 0 is the VM's own relationship,
 * index 1 a replica's onward (extended) one. Primary and recovery servers are FQDNs.
 */
record Relationship(VmState vm, int index, Replication replication, String primaryHost, String recoveryHost) {

    /** Every relationship on the host, VM by VM, index 0 before 1. Test replicas have none. */
    static List<Relationship> all(HostState host) {
        List<Relationship> result = new ArrayList<>();
        for (VmState vm : host.vms()) {
            Replication r = vm.replication();
            if (!r.hasRelationship()) {
                continue;
            }
            String partner = host.facts().fqdn(r.partnerHost());
            if (r.mode() == Replication.PRIMARY) {
                result.add(new Relationship(vm, 0, r, host.fqdn(), partner));
            } else {
                result.add(new Relationship(vm, 0, r, partner, host.fqdn()));
            }
            if (r.extended() != null) {
                result.add(new Relationship(vm, 1, r.extended(), host.fqdn(),
                        host.facts().fqdn(r.extended().partnerHost())));
            }
        }
        return result;
    }

    /** {@code Microsoft:<VM GUID>\HVR\<index>}: the key of both the relationship and its settings. */
    String instanceId() {
        return "Microsoft:" + vm.profile().id() + "\\HVR\\" + index;
    }

    /** The last replication received, or the FILETIME epoch ("never"). */
    OffsetDateTime lastReplication() {
        return orNever(replication.lastReplication());
    }

    /** Applying a received log takes a few seconds on the recovery side. */
    OffsetDateTime lastApply(Instant now) {
        Instant received = replication.lastReplication();
        if (received == null) {
            return ComputerSystemBuilder.NEVER;
        }
        Instant applied = received.plusSeconds(2 + vmHash() % 5);
        return orNever(applied.isAfter(now) ? received : applied);
    }

    /** Hours between application-consistent (VSS) recovery points; 0 when the relationship takes none. */
    int applicationConsistentHours() {
        return vmHash() % 3 == 0 ? 0 : vmHash() % 2 == 0 ? 4 : 1;
    }

    /** The last VSS recovery point: the latest replication on its hour grid; "never" when none was taken. */
    OffsetDateTime lastApplicationConsistent() {
        int hours = applicationConsistentHours();
        Instant received = replication.lastReplication();
        if (hours == 0 || received == null) {
            return ComputerSystemBuilder.NEVER;
        }
        long grid = Duration.ofHours(hours).toSeconds();
        return orNever(Instant.ofEpochSecond(received.getEpochSecond() / grid * grid));
    }

    /** A small stable number per VM for the settings that are not simulated state (0..999). */
    int vmHash() {
        return Math.floorMod(vm.profile().id().hashCode() + 31 * index, 1000);
    }

    private static OffsetDateTime orNever(Instant instant) {
        return instant == null ? ComputerSystemBuilder.NEVER : instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
