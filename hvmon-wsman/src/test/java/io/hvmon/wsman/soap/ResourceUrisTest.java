package io.hvmon.wsman.soap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceUrisTest {

    @Test
    void buildsAndSplitsWmiUris() {
        assertThat(ResourceUris.allClasses("root\\virtualization\\v2"))
                .isEqualTo("http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/*");
        assertThat(ResourceUris.forClass("root/cimv2", "Win32_Process"))
                .isEqualTo("http://schemas.microsoft.com/wbem/wsman/1/wmi/root/cimv2/Win32_Process");
        ResourceUris.Parsed parsed = ResourceUris.parse("HTTP://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/Msvm_ComputerSystem");
        assertThat(parsed).isEqualTo(new ResourceUris.Parsed("root/virtualization/v2", "Msvm_ComputerSystem"));
        assertThat(ResourceUris.parse(ResourceUris.allClasses("root/cimv2")).isAllClasses()).isTrue();
        assertThat(ResourceUris.parse("http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/MSFT_WmiError").className())
                .isEqualTo("MSFT_WmiError");
        assertThat(ResourceUris.parse("http://example.com/x")).isNull();
        assertThat(ResourceUris.parse("http://schemas.microsoft.com/wbem/wsman/1/wmi/")).isNull();
    }
}
