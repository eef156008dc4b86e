package io.hvmon.hyperv;

import io.hvmon.model.MemoryStatus;
import io.hvmon.model.Replication;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmSummary;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure joins and derivations, with a fixed "now". */
class VmDetailsAssemblerTest {

    private static final String VM = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static VmSummary vm(long mode, Long memoryUsage, Long memoryAvailable) {
        VmSummary s = SummaryInformationReader.toVm(Instances.of("Msvm_SummaryInformation").str("Name", VM)
                .u16("ReplicationMode", mode).u64("MemoryUsage", memoryUsage).s32("MemoryAvailable", memoryAvailable).build());
        return s;
    }

    @Test
    void memoryDemandAndPressure() {
        assertThat(VmDetailsAssembler.memory(vm(0, 4096L, 25L))).isEqualTo(new MemoryStatus(4096L, 3072L, 75L));
        assertThat(VmDetailsAssembler.memory(vm(0, 4096L, -10L))).as("the guest needs more than it has")
                .isEqualTo(new MemoryStatus(4096L, 4506L, 110L));
        assertThat(VmDetailsAssembler.memory(vm(0, 4096L, 2147483647L))).isEqualTo(new MemoryStatus(4096L, null, null));
        assertThat(VmDetailsAssembler.memory(vm(0, 1000L, 33L))).isEqualTo(new MemoryStatus(1000L, 670L, 67L));
        assertThat(VmDetailsAssembler.memory(vm(0, null, null))).isEqualTo(new MemoryStatus(null, null, null));
    }

    @Test
    void lagAgainstAFixedClockAndTheReplicaSideOfAnExtendedRelationship() {
        OffsetDateTime last = OffsetDateTime.parse("2026-11-22T09:13:00Z");
        List<ReplicationRelationshipReader.Row> relationships = List.of(
                new ReplicationRelationshipReader.Row(VM, 1, 2L, 1L, null, null, null, 0L),
                new ReplicationRelationshipReader.Row(VM, 0, 3L, 2L, last, last, null, 1L));
        List<ReplicationSettingReader.Row> settings = List.of(
                new ReplicationSettingReader.Row(VM, 0, Duration.ofMinutes(5), "hv01", "hv07", "hv07.corp.example"),
                new ReplicationSettingReader.Row(VM, 1, Duration.ofMinutes(15), "hv07", "dr01", "dr01.corp.example"));

        VmDetails details = new VmDetailsAssembler(relationships, settings, null, null, null, null, NOW)
                .details(vm(2 /* Replica */, 1024L, null));

        assertThat(details.replication()).extracting(Replication::index).containsExactly(0, 1);
        Replication primary = details.replication().get(0);
        assertThat(primary.lag()).isEqualTo(Duration.ofMinutes(47));
        assertThat(primary.status()).isEqualTo("Warning: last replication 47 min ago, interval 5 min");
        assertThat(primary.powerShellState()).as("Replicating").isEqualTo(4L);
        Replication extended = details.replication().get(1);
        assertThat(extended.lag()).isNull();
        assertThat(extended.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(extended.replicaServer()).isEqualTo("dr01");
        assertThat(extended.powerShellState()).as("WMI 2 on a replica, extended branch: InitialReplicationInProgress")
                .isEqualTo(2L);
        assertThat(extended.status()).isEqualTo("Normal: initial replication in progress");
        assertThat(details.settings()).as("no settings class read").isNull();
        assertThat(details.checkpoints()).isNull();
    }

    @Test
    void aCheckpointIsNeverTheVm() {
        VirtualSystemSettingReader.Result vssd = new VirtualSystemSettingReader.Result(
                Map.of(VM, new VirtualSystemSettingReader.Realized(VM, 2L, "9.0", null, null)),
                Map.of(VM, List.of(checkpoint("2026-11-01T10:00:00Z"), new io.hvmon.model.Checkpoint(null, null, null),
                        checkpoint("2026-10-22T10:00:00Z"))));

        VmDetails details = new VmDetailsAssembler(null, null, vssd, Map.of(), Map.of(), Map.of(), NOW)
                .details(vm(0, 1024L, null));

        assertThat(details.settings().configurationVersion()).isEqualTo("9.0");
        assertThat(details.checkpoints().count()).isEqualTo(3);
        assertThat(details.checkpoints().oldestCreated()).isEqualTo(OffsetDateTime.parse("2026-10-22T10:00:00Z"));
        assertThat(details.checkpoints().oldestAge()).isEqualTo(Duration.ofDays(31));
        assertThat(details.checkpoints().items()).hasSize(3);
        assertThat(details.replication()).isEmpty();
    }

    private static io.hvmon.model.Checkpoint checkpoint(String created) {
        return new io.hvmon.model.Checkpoint(null, "before patch", OffsetDateTime.parse(created));
    }
}
