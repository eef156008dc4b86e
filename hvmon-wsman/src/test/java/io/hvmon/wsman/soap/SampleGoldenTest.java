package io.hvmon.wsman.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parsers against every real Windows sample: concrete values, NULLs, datetimes, contexts and faults. */
class SampleGoldenTest {

    private final ResponseParser parser = new ResponseParser();

    @ParameterizedTest
    @ValueSource(strings = {Samples.ENUMERATE, Samples.PULL, Samples.FAULT_2008R2, Samples.FAULT_WMIV1,
            Samples.FAULT_QUOTA, Samples.KVP_ITEM})
    void everySampleKeepsItsSource(String name) {
        assertThat(Samples.text(name + ".SOURCE.txt")).contains("Source:").contains("Licence:");
    }

    @Test
    void enumerateResponseWithTwoItemsAndAContext() throws Exception {
        WsManResponse response = parser.parse(Samples.stream(Samples.ENUMERATE));
        assertThat(response.action()).isEqualTo(WsNs.ACTION_ENUMERATE_RESPONSE);
        assertThat(response.messageId()).isEqualTo("uuid:28C4B795-2C5F-472D-929A-A911586DC18B");
        assertThat(response.relatesTo()).isEqualTo("uuid:7B8C31C7-122A-4F6C-98CA-3327B4D39CD4");

        EnumerationPage page = parser.enumerate(Samples.stream(Samples.ENUMERATE));
        assertThat(page.context()).isEqualTo("uuid:12AE5286-91FE-48F3-937E-0C22FF1AD7A1");
        assertThat(page.endOfSequence()).isFalse();
        assertThat(page.hasMore()).isTrue();
        assertThat(page.items()).hasSize(2);

        CimInstance idle = page.items().get(0);
        assertThat(idle.className()).isEqualTo("Win32_Process");
        assertThat(idle.properties()).hasSize(45);
        assertThat(idle.string("Caption")).isEqualTo("System Idle Process");
        assertThat(idle.has("CommandLine")).isTrue();
        assertThat(idle.value("CommandLine")).isNull();
        assertThat(idle.dateTime("CreationDate")).isNull();
        assertThat(idle.integer("KernelModeTime")).isEqualTo(33_618_906_250L);
        assertThat(idle.integer("ProcessId")).isZero();
        assertThat(idle.string("OSName"))
                .isEqualTo("Microsoft Windows Server 2008 R2 Standard |C:\\Windows|\\Device\\Harddisk0\\Partition1");
        assertThat(idle.property("WindowsVersion").type()).isEqualTo(CimType.STRING); // the wire has no types

        CimInstance system = page.items().get(1);
        assertThat(system.string("Name")).isEqualTo("System");
        assertThat(system.integer("HandleCount")).isEqualTo(520);
        assertThat(system.integer("WriteTransferCount")).isEqualTo(61_354_599L);
        assertThat(system.property("CreationDate").type()).isEqualTo(CimType.DATETIME);
        assertThat(system.dateTime("CreationDate")).isEqualTo(
                OffsetDateTime.of(2013, 4, 29, 11, 43, 11, 203_125_000, ZoneOffset.ofHours(-7)));
    }

    @Test
    void finalPullResponseHasEndOfSequenceAndNoContext() throws Exception {
        EnumerationPage page = parser.pull(Samples.stream(Samples.PULL));
        assertThat(page.context()).isNull();
        assertThat(page.endOfSequence()).isTrue();
        assertThat(page.hasMore()).isFalse();
        assertThat(page.items()).singleElement().satisfies(conhost -> {
            assertThat(conhost.string("Caption")).isEqualTo("conhost.exe");
            assertThat(conhost.string("CommandLine")).isEqualTo("\\??\\C:\\Windows\\system32\\conhost.exe");
            assertThat(conhost.integer("MaximumWorkingSetSize")).isEqualTo(1380);
            assertThat(conhost.integer("ParentProcessId")).isEqualTo(312);
            assertThat(conhost.value("Status")).isNull();
            assertThat(conhost.dateTime("CreationDate").toString()).isEqualTo("2013-04-29T13:09:06.102138-07:00");
            assertThat(conhost.strings("ProcessId")).containsExactly("1100"); // a scalar reads as a list of one
        });
    }

    @Test
    void cannotProcessFilterFrom2008R2() throws Exception {
        WsManResponse response = parser.parse(Samples.stream(Samples.FAULT_2008R2));
        assertThat(response.relatesTo()).isEqualTo("uuid:0CB1C49A-5054-4C12-AF30-FC60BE995DD9");
        WsManFault fault = (WsManFault) response.body();
        assertThat(fault.action()).isEqualTo(WsNs.ACTION_ENUMERATION_FAULT);
        assertThat(fault.code()).isEqualTo("Sender");
        assertThat(fault.subcodeNamespace()).isEqualTo(WsNs.ENUMERATION);
        assertThat(fault.subcode()).isEqualTo("CannotProcessFilter");
        assertThat(fault.subcodeName()).isEqualTo("n:CannotProcessFilter");
        assertThat(fault.reason()).startsWith("The data source could not process the filter.").endsWith("again.  ");
        assertThat(fault.wsmanCode()).isEqualTo(2_150_858_778L);
        assertThat(fault.machine()).isEqualTo("localhost");
        assertThat(fault.provider()).isEqualTo("WMI Provider");
        assertThat(fault.message()).isEqualTo("The specified class does not exist in the given namespace. ");
        assertThat(fault.wmiError()).isNull();

        assertThatThrownBy(() -> parser.enumerate(Samples.stream(Samples.FAULT_2008R2)))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CimException.Kind.INVALID_QUERY);
                    assertThat(e.getMessage()).isEqualTo("cannot process filter (n:CannotProcessFilter, "
                            + "WSManFault 2150858778): The specified class does not exist in the given namespace.");
                });
    }

    @Test
    void cannotProcessFilterFromTheWmiV1Plugin() throws Exception {
        WsManFault fault = (WsManFault) parser.parse(Samples.stream(Samples.FAULT_WMIV1)).body();
        assertThat(fault.subcodeName()).isEqualTo("n:CannotProcessFilter");
        assertThat(fault.machine()).isEmpty();
        assertThat(fault.provider()).isEqualTo("WMIv1 plugin for Windows Remote Management ");
        assertThat(fault.message()).isEqualTo("The specified class does not exist in the given namespace. ");
        assertThat(fault.toCimException().kind()).isEqualTo(CimException.Kind.INVALID_QUERY);
    }

    @Test
    void quotaLimitWithAnMsftWmiErrorDetail() throws Exception {
        WsManResponse response = parser.parse(Samples.stream(Samples.FAULT_QUOTA));
        assertThat(response.relatesTo()).isNull();
        WsManFault fault = (WsManFault) response.body();
        assertThat(fault.action()).isEqualTo(WsNs.ACTION_WSMAN_FAULT);
        assertThat(fault.subcodeName()).isEqualTo("w:QuotaLimit");
        assertThat(fault.wsmanCode()).isNull();
        CimInstance error = fault.wmiError();
        assertThat(error.className()).isEqualTo("MSFT_WmiError");
        assertThat(error.property("CIMStatusCode").type()).isEqualTo(CimType.UINT32);
        assertThat(error.integer("CIMStatusCode")).isEqualTo(27);
        assertThat(error.integer("error_Code")).isEqualTo(2_150_859_173L);
        assertThat(error.integer("error_Category")).isEqualTo(30);
        assertThat(error.property("ErrorType").type()).isEqualTo(CimType.UINT16);
        assertThat(error.string("MessageID")).isEqualTo("HRESULT 0x803381a5");
        assertThat(error.string("error_Type")).isEqualTo("HRESULT");
        assertThat(error.has("CIMStatusCodeDescription")).isTrue();
        assertThat(error.value("CIMStatusCodeDescription")).isNull();

        CimException e = fault.toCimException();
        assertThat(e.kind()).isEqualTo(CimException.Kind.FAULT);
        assertThat(e.getMessage()).isEqualTo("quota limit reached (w:QuotaLimit, WMI error 2150859173): The WS-Management "
                + "service cannot process the request. This user is allowed a maximum number of 30 concurrent shells, "
                + "which has been exceeded. Close existing shells or raise the quota for this user.");
    }

    @Test
    void kvpItemIsCimXmlWithTypedValuesAndNulls() throws Exception {
        CimInstance item = CimXml.parse(Samples.text(Samples.KVP_ITEM), SoapLimits.DEFAULTS);
        assertThat(item.className()).isEqualTo("Msvm_KvpExchangeDataItem");
        assertThat(item.string("Name")).isEqualTo("FullyQualifiedDomainName");
        assertThat(item.string("Data").strip()).isEqualTo("AUTOBVT-4OVYXAB");
        assertThat(item.property("Source").type()).isEqualTo(CimType.UINT16);
        assertThat(item.integer("Source")).isEqualTo(2);
        assertThat(item.has("Caption")).isTrue();
        assertThat(item.value("Caption")).isNull();
        assertThat(item.value("ElementName")).isNull();
    }
}
