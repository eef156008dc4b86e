package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.model.HostComputer;
import io.hvmon.model.HostOperatingSystem;
import io.hvmon.model.HostService;
import io.hvmon.model.MemoryBalance;
import io.hvmon.model.VirtualSwitch;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The host classes: root/cimv2 and the Hyper-V service singletons and switches. */
class HostReadersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void operatingSystemConvertsKilobytesAndDerivesUptime() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Win32_OperatingSystem", List.of(
                Instances.of("Win32_OperatingSystem").str("Caption", "Microsoft Windows Server 2022 Datacenter")
                        .str("Version", "10.0.20348").str("BuildNumber", "20348")
                        .dateTime("LastBootUpTime", OffsetDateTime.parse("2026-11-20T08:30:00+01:00"))
                        .str("TotalVisibleMemorySize", "268009100").str("FreePhysicalMemory", "52428800").build()));

        HostOperatingSystem os = new OperatingSystemReader(CLOCK).read(session);

        assertThat(session.queries).containsExactly("SELECT Caption, Version, BuildNumber, LastBootUpTime, "
                + "TotalVisibleMemorySize, FreePhysicalMemory FROM Win32_OperatingSystem");
        assertThat(os).isEqualTo(new HostOperatingSystem("Microsoft Windows Server 2022 Datacenter", "10.0.20348", "20348",
                OffsetDateTime.parse("2026-11-20T08:30:00+01:00"), Duration.ofHours(50).plusMinutes(30),
                261727L /* 268009100 KB / 1024, floor */, 51200L));
    }

    @Test
    void operatingSystemFromLocalComWithADmtfBootTime() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Win32_OperatingSystem", List.of(
                Instances.of("Win32_OperatingSystem").str("LastBootUpTime", "20261122093000.500000+060")
                        .u64("TotalVisibleMemorySize", 1048576L).u64("FreePhysicalMemory", 1023L).build()));

        HostOperatingSystem os = new OperatingSystemReader(CLOCK).read(session);

        assertThat(os.uptime()).isEqualTo(Duration.ofMinutes(90).minusMillis(500));
        assertThat(os.totalVisibleMemoryMb()).isEqualTo(1024L);
        assertThat(os.freePhysicalMemoryMb()).as("below one MB rounds down").isZero();
        assertThat(os.caption()).isNull();
    }

    @Test
    void computerSystemConvertsBytes() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Win32_ComputerSystem", List.of(
                Instances.of("Win32_ComputerSystem").str("Name", "HV01").str("DNSHostName", "hv01")
                        .str("Domain", "corp.example").str("NumberOfLogicalProcessors", "64")
                        .str("TotalPhysicalMemory", "274441318400").build()));

        assertThat(new ComputerSystemReader().read(session))
                .isEqualTo(new HostComputer("HV01", "hv01", "corp.example", 64L, 261727L));
        assertThat(session.queries).containsExactly("SELECT Name, DNSHostName, Domain, NumberOfLogicalProcessors, "
                + "TotalPhysicalMemory FROM Win32_ComputerSystem");
    }

    @Test
    void hypervisorCpuFromTheTotalInstanceOnly() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Win32_PerfFormattedData_HvStats_HyperVHypervisorLogicalProcessor",
                List.of(Instances.of("x").str("Name", "_Total").str("PercentTotalRunTime", "37").build()));
        assertThat(new HypervisorProcessorReader().read(session)).isEqualTo(37L);
        assertThat(session.queries).containsExactly("SELECT Name, PercentTotalRunTime FROM "
                + "Win32_PerfFormattedData_HvStats_HyperVHypervisorLogicalProcessor WHERE Name = '_Total'");

        FakeCimSession none = new FakeCimSession();
        assertThatThrownBy(() -> new HypervisorProcessorReader().read(none))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.kind()).isEqualTo(CimException.Kind.NOT_FOUND));
    }

    @Test
    void balancersSummedAndAveraged() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Win32_PerfFormattedData_BalancerStats_HyperVDynamicMemoryBalancer",
                List.of(Instances.of("x").str("Name", "Balancer 0").str("AvailableMemory", "10240").str("AveragePressure", "60").build(),
                        Instances.of("x").str("Name", "Balancer 1").u32("AvailableMemory", 2048L).u32("AveragePressure", 81L).build(),
                        Instances.of("x").str("Name", "_Total").u32("AvailableMemory", 12288L).u32("AveragePressure", 70L).build()));

        assertThat(new MemoryBalancerReader().read(session)).isEqualTo(new MemoryBalance(12288L, 71L, 2));
    }

    @Test
    void servicesReadAsWmiReportsThem() throws CimException {
        FakeCimSession session = new FakeCimSession()
                .answer("Msvm_VirtualSystemManagementService", List.of(Instances.of("Msvm_VirtualSystemManagementService")
                        .str("Name", "vmms").str("SystemName", "HV01").str("Started", "true").str("EnabledState", "2")
                        .str("HealthState", "5").strs("OperationalStatus", List.of("2")).build()))
                .answer("Msvm_ReplicationService", List.of(Instances.of("Msvm_ReplicationService")
                        .str("Name", "replicasvc").str("SystemName", "HV01").bool("Started", true).u16("EnabledState", 2L)
                        .u16("HealthState", 20L).u16s("OperationalStatus", List.of(6L)).build()));

        assertThat(ServiceReaders.managementService().read(session))
                .isEqualTo(new HostService("vmms", "HV01", true, 2L, null, 5L, List.of(2L)));
        assertThat(ServiceReaders.replicationService().read(session))
                .isEqualTo(new HostService("replicasvc", "HV01", true, 2L, null, 20L, List.of(6L)));
        assertThat(session.queries).containsExactly(
                "SELECT Name, SystemName, Started, EnabledState, OtherEnabledState, HealthState, OperationalStatus FROM Msvm_VirtualSystemManagementService",
                "SELECT Name, SystemName, Started, EnabledState, OtherEnabledState, HealthState, OperationalStatus FROM Msvm_ReplicationService");
    }

    @Test
    void switchesByNameIdAndHealth() throws CimException {
        FakeCimSession session = new FakeCimSession().answer("Msvm_VirtualEthernetSwitch", List.of(
                Instances.of("Msvm_VirtualEthernetSwitch").str("Name", "C08CB7B8-9B3C-408E-8E30-5E16A3AEB444")
                        .str("ElementName", "External LAN").str("HealthState", "5").str("EnabledState", "2")
                        .strs("OperationalStatus", List.of("2")).build(),
                Instances.of("Msvm_VirtualEthernetSwitch").str("Name", "5E1C2A3B-0000-4000-8000-000000000001")
                        .str("ElementName", "Isolated").u16("HealthState", 25L).u16("EnabledState", 2L).build()));

        assertThat(new VirtualSwitchReader().read(session)).containsExactly(
                new VirtualSwitch("C08CB7B8-9B3C-408E-8E30-5E16A3AEB444", "External LAN", 5L, 2L, List.of(2L)),
                new VirtualSwitch("5E1C2A3B-0000-4000-8000-000000000001", "Isolated", 25L, 2L, null));
        assertThat(session.queries).containsExactly(
                "SELECT Name, ElementName, HealthState, EnabledState, OperationalStatus FROM Msvm_VirtualEthernetSwitch");
    }
}
