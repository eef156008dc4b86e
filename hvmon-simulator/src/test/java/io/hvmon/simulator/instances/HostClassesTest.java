package io.hvmon.simulator.instances;

import static io.hvmon.simulator.instances.SimulatedHosts.CIMV2;
import static io.hvmon.simulator.instances.SimulatedHosts.START;
import static io.hvmon.simulator.instances.SimulatedHosts.all;
import static io.hvmon.simulator.instances.SimulatedHosts.host;
import static io.hvmon.simulator.instances.SimulatedHosts.query;
import static io.hvmon.simulator.instances.SimulatedHosts.summaries;
import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimInstance;
import io.hvmon.simulator.fleet.SimulatedHost;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostClassesTest {

    private final SimulatedHost host = host(24);

    @Test
    void operatingSystemCountsMemoryInKilobytesAndComputerSystemInBytes() {
        CimInstance os = all(host, "Win32_OperatingSystem").get(0);
        CimInstance cs = all(host, "Win32_ComputerSystem").get(0);
        assertThat(os.string("Caption")).isEqualTo("Microsoft Windows Server 2019 Datacenter");
        assertThat(os.string("Version")).isEqualTo("10.0.17763");
        assertThat(os.string("BuildNumber")).isEqualTo("17763");
        assertThat(os.string("CSName")).isEqualTo("HV-NODE01");
        assertThat(os.string("OSArchitecture")).isEqualTo("64-bit");
        assertThat(os.dateTime("LastBootUpTime")).isBefore(os.dateTime("LocalDateTime"));
        assertThat(os.integer("NumberOfProcesses")).isGreaterThan(50);
        assertThat(cs.integer("TotalPhysicalMemory")).isEqualTo(os.integer("TotalVisibleMemorySize") * 1024);
        assertThat(cs.integer("TotalPhysicalMemory")).isGreaterThan(100L << 30); // bytes: over 100 GiB
        assertThat(cs.string("DNSHostName")).isEqualTo("HV-NODE01");
        assertThat(cs.string("Domain")).isEqualTo("corp.example.test");
        assertThat(cs.bool("PartOfDomain")).isTrue();
        assertThat(cs.bool("HypervisorPresent")).isTrue();
        assertThat(cs.integer("NumberOfLogicalProcessors")).isGreaterThan(cs.integer("NumberOfProcessors"));
    }

    @Test
    void freeMemoryIsTotalLessRunningVmsLessTheRootReserve() {
        for (int hour = 0; hour < 3; hour++) {
            host.advanceTo(START.plus(Duration.ofHours(hour)));
            CimInstance os = all(host, "Win32_OperatingSystem").get(0);
            long assignedMb = summaries(host).values().stream().mapToLong(s -> s.integer("MemoryUsage")).sum();
            long totalMb = os.integer("TotalVisibleMemorySize") / 1024;
            long freeMb = os.integer("FreePhysicalMemory") / 1024;
            long reserve = host.snapshot().facts().rootReserveMb();
            assertThat(assignedMb).isPositive();
            assertThat(freeMb).isBetween(totalMb - assignedMb - reserve - 300, totalMb - assignedMb - reserve);
            long balancerMb = all(host, "Win32_PerfFormattedData_BalancerStats_HyperVDynamicMemoryBalancer").stream()
                    .mapToLong(b -> b.integer("AvailableMemory")).sum();
            assertThat(balancerMb).isEqualTo(freeMb);
        }
    }

    @Test
    void logicalProcessorCountersFollowTheVmsLoad() {
        List<CimInstance> lps = all(host, "Win32_PerfFormattedData_HvStats_HyperVHypervisorLogicalProcessor");
        long logical = all(host, "Win32_ComputerSystem").get(0).integer("NumberOfLogicalProcessors");
        assertThat(lps).hasSize((int) logical + 1);
        assertThat(lps.get(0).string("Name")).isEqualTo("Hv LP 0");
        List<CimInstance> total = query(host, CIMV2,
                "SELECT * FROM Win32_PerfFormattedData_HvStats_HyperVHypervisorLogicalProcessor WHERE Name = '_Total'");
        assertThat(total).singleElement().satisfies(t -> {
            assertThat(t.integer("PercentTotalRunTime")).isBetween(1L, 100L);
            assertThat(t.integer("PercentTotalRunTime") + t.integer("PercentIdleTime")).isEqualTo(100L);
            double average = lps.stream().filter(l -> !l.string("Name").equals("_Total"))
                    .mapToLong(l -> l.integer("PercentTotalRunTime")).average().orElseThrow();
            assertThat((double) t.integer("PercentTotalRunTime")).isCloseTo(average, org.assertj.core.data.Offset.offset(0.51));
        });
        double vcpuLoad = summaries(host).values().stream().filter(s -> s.integer("EnabledState") == 2)
                .mapToDouble(s -> s.integer("ProcessorLoad") * s.integer("NumberOfProcessors")).sum();
        assertThat((double) total.get(0).integer("PercentGuestRunTime"))
                .isCloseTo(vcpuLoad / logical, org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void balancersAreOnePerNumaNode() {
        List<CimInstance> balancers = all(host, "Win32_PerfFormattedData_BalancerStats_HyperVDynamicMemoryBalancer");
        long nodes = all(host, "Msvm_ComputerSystem").stream().filter(c -> c.string("Name").equals("HV-NODE01"))
                .findFirst().orElseThrow().integer("NumberOfNumaNodes");
        assertThat(balancers).hasSize((int) nodes).allSatisfy(b -> {
            assertThat(b.string("Name")).matches("VM Balancer Id \\d");
            assertThat(b.integer("AveragePressure")).isBetween(0L, 200L);
            assertThat(b.integer("SystemCurrentPressure")).isNotNull();
        });
    }

    @Test
    void switchesAreTheOnesTheVmsName() {
        List<CimInstance> switches = all(host, "Msvm_VirtualEthernetSwitch");
        assertThat(switches).hasSizeBetween(2, 3).allSatisfy(s -> {
            assertThat(s.string("Name")).matches(SimulatedHosts.GUID);
            assertThat(s.integer("HealthState")).isEqualTo(5L);
        });
        List<String> names = switches.stream().map(s -> s.string("ElementName")).toList();
        assertThat(summaries(host).values()).allSatisfy(s -> assertThat(names).containsAll(s.strings("VirtualSwitchNames")));
    }
}
