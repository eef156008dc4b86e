package io.hvmon.app.metrics;

import io.hvmon.collect.HostStatus;
import io.hvmon.hyperv.SummaryInformationReader;
import io.hvmon.model.Checkpoints;
import io.hvmon.model.GuestInfo;
import io.hvmon.model.HostComputer;
import io.hvmon.model.HostInfo;
import io.hvmon.model.HostOperatingSystem;
import io.hvmon.model.HostService;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.MemoryBalance;
import io.hvmon.model.MemoryStatus;
import io.hvmon.model.Replication;
import io.hvmon.model.VirtualSwitch;
import io.hvmon.model.VmDetails;
import io.hvmon.model.VmHealth;
import io.hvmon.model.VmSettings;
import io.hvmon.model.VmSummary;
import io.hvmon.testing.Instances;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One host "hv01" with three VMs, as the collector would record it: SQL01 running and replicated (a primary and an
 * extended relationship, two checkpoints, Dynamic Memory), WEB01 off, ODD01 in a state no map knows and without a
 * heartbeat.
 */
final class MetricsFixtures {

    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    static final String SQL = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    static final String WEB = "00000000-0000-4000-8000-00000000000B";
    static final String ODD = "00000000-0000-4000-8000-00000000000D";
    static final OffsetDateTime OLDEST_CHECKPOINT = OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime LAST_REPLICATION = OffsetDateTime.of(2026, 11, 30, 9, 58, 30, 0, ZoneOffset.UTC);

    private MetricsFixtures() {
    }

    static VmSummary sql() {
        return SummaryInformationReader.toVm(Instances.summary(SQL, "SQL01", 1));
    }

    static VmSummary web() {
        return SummaryInformationReader.toVm(Instances.of("Msvm_SummaryInformation").str("Name", WEB)
                .str("ElementName", "WEB01").u16("EnabledState", 3L).u16("HealthState", 5L).u16("Heartbeat", 0L)
                .u64("MemoryUsage", 0L).u16("NumberOfProcessors", 2L).u16("ReplicationMode", 0L).build());
    }

    /** EnabledState 32790 is in no map; Heartbeat is NULL. */
    static VmSummary odd() {
        return SummaryInformationReader.toVm(Instances.of("Msvm_SummaryInformation").str("Name", ODD)
                .str("ElementName", "ODD01").u16("EnabledState", 32790L).u16("HealthState", 25L).build());
    }

    static VmDetails sqlDetails() {
        Replication primary = new Replication(Replication.PRIMARY, 3L, 4L, 1L, LAST_REPLICATION, null, null, 1L,
                Duration.ofSeconds(90), Duration.ofMinutes(5), "hv01.corp", "hv02.corp", "hv02.corp", "Normal");
        Replication extended = new Replication(Replication.EXTENDED, 8L, 9L, 3L, null, null, null, 0L, null,
                Duration.ofMinutes(15), "hv02.corp", "hv03.corp", "hv03.corp", "Critical: never replicated");
        return new VmDetails(SQL, List.of(primary, extended),
                new GuestInfo("sql01.corp.example", "Windows Server 2022 Datacenter", "10.0.20348", List.of("10.0.0.5"),
                        List.of(), "10.0.20348.1"),
                new VmSettings(2L, "10.0", 4L, 4096L, true, 1024L, 8192L, 20L, null, null),
                new MemoryStatus(4096L, 3072L, 75L),
                new Checkpoints(2, OLDEST_CHECKPOINT, Duration.between(OLDEST_CHECKPOINT.toInstant(), T0)),
                new VmHealth(2L, 2L, 6, 1L, List.of(2L), Duration.ofMillis(123456789)));
    }

    static HostInfo host() {
        HostService vmms = new HostService("vmms", "HV01", true, 2L, null, 5L, List.of(2L));
        HostService replica = new HostService("replicasvc", "HV01", false, 3L, null, 20L, List.of(6L));
        return new HostInfo("HV01", "HV01", 2L, 5L, List.of(2L), 2L,
                new HostComputer("HV01", "hv01", "corp.example", 32L, 262_144L),
                new HostOperatingSystem("Microsoft Windows Server 2022 Datacenter", "10.0.20348", "20348",
                        T0.minus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC), Duration.ofDays(3), 262_000L, 65_536L),
                37L, new MemoryBalance(100_000L, 80L, 2), vmms, replica,
                List.of(new VirtualSwitch("A1B2C3D4-0000-4000-8000-000000000001", "External", 5L, 2L, List.of(2L))));
    }

    static HostSnapshot snapshot(String hostName, List<VmSummary> vms) {
        return new HostSnapshot(hostName, T0, Duration.ofMillis(250), 8, host(), vms, Map.of(SQL, sqlDetails()),
                Map.of(), List.of());
    }

    static HostStatus collected(String name, HostSnapshot snapshot) {
        return new HostStatus(name, "test", snapshot, T0, T0, null, null, 0, T0.plusSeconds(15));
    }

    static HostStatus collected() {
        return collected("hv01", snapshot("hv01", List.of(sql(), web(), odd())));
    }

    static ProcessFacts process() {
        return new ProcessFacts(12.5, T0.minusSeconds(3600), 90_000_000L, 20_000_000L, 33_554_432L);
    }

    static SelfFacts self(Map<String, WireCounts> wire) {
        return new SelfFacts(wire, process(), "1.2.3");
    }
}
