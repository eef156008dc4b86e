package io.hvmon.windows.wmi;

import io.hvmon.cim.CimReference;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WmiObjectPathTest {

    @Test
    void fullPathWithServerAndNamespace() {
        CimReference ref = WmiObjectPath.parse("\\\\HV-NODE01\\root\\virtualization\\v2:Msvm_ComputerSystem"
                + ".CreationClassName=\"Msvm_ComputerSystem\",Name=\"783B8538-A13D-46EA-B428-DCA9CC05792D\"", "root/cimv2");
        assertThat(ref.namespace()).isEqualTo("root/virtualization/v2");
        assertThat(ref.className()).isEqualTo("Msvm_ComputerSystem");
        assertThat(ref.keys()).containsExactly(Map.entry("CreationClassName", "Msvm_ComputerSystem"),
                Map.entry("Name", "783B8538-A13D-46EA-B428-DCA9CC05792D"));
    }

    @Test
    void relativePathTakesTheDefaultNamespace() {
        CimReference ref = WmiObjectPath.parse("Win32_Service.Name=\"vmms\"", "root\\cimv2");
        assertThat(ref.namespace()).isEqualTo("root/cimv2");
        assertThat(ref.key("name")).isEqualTo("vmms");
    }

    @Test
    void escapesNumericKeysSingletonsAndTheOneKeyForm() {
        CimReference nested = WmiObjectPath.parse("Msvm_Assoc.Antecedent=\"\\\\\\\\H\\\\root\\\\v2:C.Name=\\\"x,y\\\"\",Id=5",
                "root/v2");
        assertThat(nested.key("Antecedent")).isEqualTo("\\\\H\\root\\v2:C.Name=\"x,y\"");
        assertThat(nested.key("Id")).isEqualTo("5");
        assertThat(WmiObjectPath.parse("Win32_OperatingSystem=@", "root/cimv2").keys()).isEmpty();
        assertThat(WmiObjectPath.parse("Win32_Directory=\"C:\\\\Windows\"", "root/cimv2").keys())
                .containsExactly(Map.entry("", "C:\\Windows"));
        assertThat(WmiObjectPath.parse("__PARAMETERS", "root/cimv2").keys()).isEmpty();
    }

    @Test
    void formatIsWhatParseReads() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("Path", "C:\\Windows\\\"odd\"");
        keys.put("Name", "vmms");
        CimReference ref = new CimReference("root/cimv2", "Win32_X", keys);
        String path = WmiObjectPath.format(ref);
        assertThat(path).isEqualTo("Win32_X.Path=\"C:\\\\Windows\\\\\\\"odd\\\"\",Name=\"vmms\"");
        assertThat(WmiObjectPath.parse(path, "root/cimv2")).isEqualTo(ref);
        assertThat(WmiObjectPath.format(new CimReference("root/cimv2", "StdRegProv", Map.of()))).isEqualTo("StdRegProv");
        assertThat(WmiObjectPath.comNamespace("root/virtualization/v2")).isEqualTo("root\\virtualization\\v2");
    }

    @Test
    void malformedPathsSayWhereAndWhat() {
        assertThatThrownBy(() -> WmiObjectPath.parse("C.Name=\"open", "root/cimv2"))
                .hasMessageContaining("closing '\"'");
        assertThatThrownBy(() -> WmiObjectPath.parse("C.Name", "root/cimv2")).hasMessageContaining("'='");
        assertThatThrownBy(() -> WmiObjectPath.parse("\\\\server:C.Name=1", "root/cimv2")).hasMessageContaining("namespace");
        assertThatThrownBy(() -> WmiObjectPath.parse("  ", "root/cimv2")).hasMessageContaining("empty");
        assertThatThrownBy(() -> WmiObjectPath.parse("C.A=1 B=2", "root/cimv2")).hasMessageContaining("position");
    }
}
