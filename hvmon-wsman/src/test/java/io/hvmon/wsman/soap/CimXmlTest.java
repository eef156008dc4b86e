package io.hvmon.wsman.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CimXmlTest {

    @Test
    void kvpItemRoundTripsOnOneLine() throws Exception {
        CimInstance item = new CimInstance("Msvm_KvpExchangeDataItem", List.of(
                CimProperty.nullValue("Caption", CimType.STRING, false),
                CimProperty.scalar("Data", CimType.STRING, "10.0.0.5;fe80::1 & <gw>"),
                CimProperty.scalar("Name", CimType.STRING, "NetworkAddressIPv4"),
                CimProperty.scalar("Source", CimType.UINT16, 2L)));
        String xml = CimXml.write(item);
        assertThat(xml).startsWith("<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\">"
                        + "<PROPERTY NAME=\"Caption\" TYPE=\"string\"></PROPERTY>")
                .contains("<PROPERTY NAME=\"Source\" TYPE=\"uint16\"><VALUE>2</VALUE></PROPERTY>")
                .doesNotContain("\n");
        assertThat(CimXml.parse(xml, SoapLimits.DEFAULTS)).isEqualTo(item);
    }

    @Test
    void arraysDatetimesAndUint64() throws Exception {
        CimInstance settings = new CimInstance("Msvm_VirtualSystemSettingData", List.of(
                CimProperty.array("Notes", CimType.STRING, Arrays.asList("a", null, "c")),
                CimProperty.scalar("CreationTime", CimType.DATETIME, OffsetDateTime.parse("2024-05-06T07:08:09.123456-07:00")),
                CimProperty.scalar("Delay", CimType.DATETIME, Duration.ofMinutes(2)),
                CimProperty.scalar("Big", CimType.UINT64, -1L),
                CimProperty.scalar("On", CimType.BOOLEAN, true)));
        String xml = CimXml.write(settings);
        assertThat(xml).contains("<VALUE>18446744073709551615</VALUE>").contains("<VALUE>20240506070809.123456-420</VALUE>");
        assertThat(CimXml.parse(xml, SoapLimits.DEFAULTS)).isEqualTo(settings);
    }

    @Test
    void hostileOrBrokenCimXmlIsAProtocolError() {
        for (String bad : List.of("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><INSTANCE CLASSNAME=\"X\">&e;</INSTANCE>",
                "<INSTANCE>", "<CLASS NAME=\"X\"/>", "<INSTANCE CLASSNAME=\"X\"><PROPERTY NAME=\"A\" TYPE=\"uint8\"><VALUE>x</VALUE></PROPERTY></INSTANCE>")) {
            assertThatThrownBy(() -> CimXml.parse(bad, SoapLimits.DEFAULTS))
                    .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.kind()).isEqualTo(CimException.Kind.PROTOCOL));
        }
    }
}
