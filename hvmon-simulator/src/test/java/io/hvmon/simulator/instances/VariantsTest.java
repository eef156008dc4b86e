package io.hvmon.simulator.instances;

import static io.hvmon.simulator.instances.SimulatedHosts.V2;
import static io.hvmon.simulator.instances.SimulatedHosts.all;
import static io.hvmon.simulator.instances.SimulatedHosts.host;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimReference;
import io.hvmon.simulator.SimulatedCimSession;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.fleet.SimulationProfile;
import io.hvmon.simulator.fleet.WindowsVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantsTest {

    @Test
    void zhCnHostsLocalizeCaptionsDescriptionsAndStatusTexts() {
        SimulatedHost chinese = host(24, SimulationProfile.of("zh-CN", "2019"));
        List<CimInstance> systems = all(chinese, "Msvm_ComputerSystem");
        CimInstance hostRow = systems.stream().filter(s -> s.string("Name").equals("HV-NODE01")).findFirst().orElseThrow();
        assertThat(hostRow.string("Caption")).isEqualTo("主机计算机系统");
        List<CimInstance> vms = systems.stream().filter(s -> !s.string("Name").equals("HV-NODE01")).toList();
        assertThat(vms).allSatisfy(vm -> {
            assertThat(vm.string("Caption")).isEqualTo("虚拟机");
            assertThat(vm.string("Description")).isEqualTo("Microsoft 虚拟机");
        });
        assertThat(vms).filteredOn(vm -> vm.integers("OperationalStatus").equals(List.of(2L)))
                .isNotEmpty().allMatch(vm -> vm.strings("StatusDescriptions").equals(List.of("正常运行")));
        assertThat(all(chinese, "Msvm_SummaryInformation")).allMatch(s -> s.string("Caption").equals("虚拟机"));
        // the English filter finds nothing on a localized host; Name still tells VMs apart
        assertThat(SimulatedHosts.query(chinese, V2,
                "SELECT Name FROM Msvm_ComputerSystem WHERE Description = 'Microsoft Virtual Machine'")).isEmpty();
        assertThat(all(chinese, "Msvm_VirtualSystemSettingData")).filteredOn(s -> s.string("VirtualSystemType").contains("Snapshot"))
                .allMatch(s -> s.string("ElementName").matches(".* - \\(\\d{4}/\\d{1,2}/\\d{1,2} - \\d{1,2}:\\d{2}:\\d{2}\\)"));
        assertThat(all(chinese, "Win32_OperatingSystem").get(0).integer("OSLanguage")).isEqualTo(2052L);
    }

    @Test
    void sameSeedGivesTheSameVmsWhateverTheVariant() {
        SimulatedHost english = host(24);
        SimulatedHost chinese = host(24, SimulationProfile.of("zh-CN", "2022"));
        assertThat(chinese.snapshot().vms()).isEqualTo(english.snapshot().vms());
        assertThat(all(chinese, "Msvm_ReplicationRelationship")).extracting(r -> r.string("InstanceID"))
                .isEqualTo(all(english, "Msvm_ReplicationRelationship").stream().map(r -> r.string("InstanceID")).toList());
        CimInstance os = all(chinese, "Win32_OperatingSystem").get(0);
        assertThat(os.string("Caption")).isEqualTo("Microsoft Windows Server 2022 Datacenter");
        assertThat(os.string("Version")).isEqualTo("10.0.20348");
    }

    @Test
    void server2012R2RefusesToEnumerateSummaryInformation() {
        SimulatedHost old = host(24, new SimulationProfile("en-US", WindowsVersion.SERVER_2012_R2));
        SimulatedCimSession session = new SimulatedCimSession(old);
        assertThatThrownBy(() -> session.query(V2, "SELECT Name, EnabledState FROM Msvm_SummaryInformation"))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CimException.Kind.INVALID_QUERY);
                    assertThat(e.getMessage()).startsWith("cannot process filter: invalid class 'Msvm_SummaryInformation'")
                            .contains("2012r2").contains("GetSummaryInformation");
                });
        assertThatThrownBy(() -> session.get(new CimReference(V2, "Msvm_SummaryInformation",
                Map.of("InstanceID", "Microsoft:" + old.snapshot().vms().get(0).profile().id()))))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.kind()).isEqualTo(CimException.Kind.INVALID_QUERY));
        assertThat(all(old, "Msvm_ComputerSystem")).hasSize(25);
        CimInstance os = all(old, "Win32_OperatingSystem").get(0);
        assertThat(os.string("Caption")).isEqualTo("Microsoft Windows Server 2012 R2 Datacenter");
        assertThat(os.string("Version")).isEqualTo("6.3.9600");
        assertThat(old.toString()).contains("Windows Server 2012r2");
    }

    @Test
    void profilesParseCommandLineWordsAndRefuseOthers() {
        assertThat(SimulationProfile.of("zh-cn", "2012R2")).isEqualTo(new SimulationProfile("zh-CN", WindowsVersion.SERVER_2012_R2));
        assertThat(SimulationProfile.of("en_US", "Server 2022").windowsVersion()).isEqualTo(WindowsVersion.SERVER_2022);
        assertThatThrownBy(() -> SimulationProfile.of("de-DE", "2019")).hasMessageContaining("en-US, zh-CN");
        assertThatThrownBy(() -> SimulationProfile.of("en-US", "2016")).hasMessageContaining("2012r2, 2019, 2022");
    }

    @Test
    void transitionalVmsStayConsistentAcrossClasses() {
        SimulatedHost big = host(200);
        List<CimInstance> transitional = all(big, "Msvm_SummaryInformation").stream()
                .filter(s -> s.integer("EnabledState") == 1).toList();
        assertThat(transitional).isNotEmpty().allSatisfy(s -> assertThat(s.string("OtherEnabledState")).isNotBlank());
        Map<String, CimInstance> kvp = all(big, "Msvm_KvpExchangeComponent").stream()
                .collect(java.util.stream.Collectors.toMap(k -> k.string("SystemName"), k -> k));
        assertThat(transitional).allSatisfy(s -> {
            CimInstance component = kvp.get(s.string("Name"));
            assertThat(component.integer("EnabledState")).isEqualTo(2L);
            assertThat(component.value("GuestIntrinsicExchangeItems") != null).isEqualTo(s.string("GuestOperatingSystem") != null);
        });
    }
}
