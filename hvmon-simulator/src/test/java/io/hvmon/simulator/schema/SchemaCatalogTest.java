package io.hvmon.simulator.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimType;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {

    private final SchemaCatalog catalog = SchemaCatalog.server2019();

    private PropertySchema property(String cls, String name) {
        return catalog.find("root/virtualization/v2", cls).orElseThrow().property(name).orElseThrow();
    }

    @Test
    void summaryInformationHasTheLiveSchemaPropertiesWithTheirTypes() {
        ClassSchema summary = catalog.find("root\\virtualization\\v2", "msvm_summaryinformation").orElseThrow();
        // the bundled 2019 list has 45 properties (46 would need one the generator never saw)
        assertThat(summary.properties()).hasSize(45);
        assertThat(summary.name()).isEqualTo("Msvm_SummaryInformation");
        assertThat(property("Msvm_SummaryInformation", "MemoryAvailable")).isEqualTo(
                new PropertySchema("MemoryAvailable", CimType.SINT32, false, null));
        assertThat(property("Msvm_SummaryInformation", "UpTime").type()).isEqualTo(CimType.UINT64);
        assertThat(property("Msvm_SummaryInformation", "OperationalStatus"))
                .extracting(PropertySchema::type, PropertySchema::array).containsExactly(CimType.UINT16, true);
        assertThat(property("Msvm_SummaryInformation", "ReplicationStateEx"))
                .extracting(PropertySchema::type, PropertySchema::array).containsExactly(CimType.UINT16, true);
        assertThat(property("Msvm_SummaryInformation", "CreationTime").type()).isEqualTo(CimType.DATETIME);
        assertThat(property("Msvm_SummaryInformation", "TestReplicaSystem")).isEqualTo(
                new PropertySchema("TestReplicaSystem", CimType.REFERENCE, false, "CIM_ComputerSystem"));
        assertThat(property("Msvm_SummaryInformation", "Snapshots"))
                .extracting(PropertySchema::type, PropertySchema::array, PropertySchema::refClass)
                .containsExactly(CimType.INSTANCE, true, "CIM_VirtualSystemSettingData");
        assertThat(property("Msvm_SummaryInformation", "VirtualSystemSubType").type()).isEqualTo(CimType.STRING);
        assertThat(property("Msvm_SummaryInformation", "ThumbnailImage"))
                .extracting(PropertySchema::type, PropertySchema::array).containsExactly(CimType.UINT8, true);
    }

    @Test
    void computerSystemHas46PropertiesWithEnumsAsUint16AndDatetimes() {
        assertThat(catalog.find("root/virtualization/v2", "Msvm_ComputerSystem").orElseThrow().properties()).hasSize(46);
        assertThat(property("Msvm_ComputerSystem", "EnabledState").type()).isEqualTo(CimType.UINT16);
        assertThat(property("Msvm_ComputerSystem", "Dedicated").array()).isTrue();
        assertThat(property("Msvm_ComputerSystem", "LastReplicationTime").type()).isEqualTo(CimType.DATETIME);
        assertThat(property("Msvm_ComputerSystem", "ProcessID").type()).isEqualTo(CimType.UINT32);
    }

    @Test
    void classesBelongToTheNamespaceOfTheirSection() {
        assertThat(catalog.find("root/cimv2", "Win32_OperatingSystem")).isPresent();
        assertThat(catalog.find("root/virtualization/v2", "Win32_OperatingSystem")).isEmpty();
        assertThat(catalog.namespacesOf("win32_operatingsystem")).containsExactly("root/cimv2");
        assertThat(catalog.find("root/cimv2", "Win32_OperatingSystem").orElseThrow()
                .property("LastBootUpTime").orElseThrow().type()).isEqualTo(CimType.DATETIME);
        assertThat(catalog.hasNamespace("ROOT\\CIMV2")).isTrue();
        assertThat(catalog.hasNamespace("root/nope")).isFalse();
    }

    @Test
    void bothReleasesAreBundledAndDiffer() {
        SchemaCatalog h2 = SchemaCatalog.release(SchemaCatalog.SERVER_23H2);
        assertThat(h2.find("root/virtualization/v2", "Msvm_VirtualSystemManagementServiceSettingData").orElseThrow()
                .properties()).hasSize(21);
        assertThat(catalog.find("root/virtualization/v2", "Msvm_VirtualSystemManagementServiceSettingData").orElseThrow()
                .properties()).hasSize(19);
    }
}
