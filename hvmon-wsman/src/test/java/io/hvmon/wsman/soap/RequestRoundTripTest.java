package io.hvmon.wsman.soap;

import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Client request writer → server request parser, and the written envelopes' shape. */
class RequestRoundTripTest {

    private static final String TO = "http://hv01:5985/wsman";
    private static final String V2 = "root/virtualization/v2";
    private final RequestParser parser = new RequestParser(SoapLimits.DEFAULTS, "hv01");

    private WsManRequest roundTrip(WsManRequest request) throws WsManFaultException {
        return parser.parse(Samples.stream(RequestWriter.write(request)));
    }

    @Test
    void enumerateWqlKeepsEveryHeaderAndTheFilter() throws Exception {
        String wql = "SELECT * FROM Msvm_ComputerSystem WHERE Caption = \"Virtual Machine\" AND ElementName <> 'a<b&c>d' "
                + "OR ElementName = '虚拟机-测试'";
        WsManRequest sent = WsManRequests.enumerateWql(TO, "root\\virtualization\\v2", wql, 32000, RequestOptions.DEFAULTS);
        WsManRequest got = roundTrip(sent);

        assertThat(got).isEqualTo(sent);
        assertThat(got.action()).isEqualTo(WsNs.ACTION_ENUMERATE);
        assertThat(got.resourceUri()).isEqualTo("http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/*");
        assertThat(got.messageId()).matches("uuid:[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(got.maxEnvelopeSize()).isEqualTo(512_000);
        assertThat(got.operationTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(got.locale()).isEqualTo("en-US");
        assertThat(got.operation()).isEqualTo(new WsManOperation.Enumerate(wql, WsNs.WQL_DIALECT, true, 32000, null));
    }

    @Test
    void enumerateEnvelopeLooksLikeWindowsClients() {
        String xml = new String(RequestWriter.write(WsManRequests.enumerateWql(TO, V2, "SELECT * FROM Msvm_ComputerSystem",
                32000, RequestOptions.DEFAULTS)), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                + "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
                + "xmlns:n=\"http://schemas.xmlsoap.org/ws/2004/09/enumeration\" "
                + "xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\" "
                + "xmlns:p=\"http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd\"><s:Header>"
                + "<a:To>http://hv01:5985/wsman</a:To>"
                + "<w:ResourceURI s:mustUnderstand=\"true\">http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/*</w:ResourceURI>"
                + "<a:ReplyTo><a:Address s:mustUnderstand=\"true\">http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>"
                + "<a:Action s:mustUnderstand=\"true\">http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate</a:Action>"
                + "<w:MaxEnvelopeSize s:mustUnderstand=\"true\">512000</w:MaxEnvelopeSize><a:MessageID>uuid:");
        assertThat(xml).contains("<w:Locale xml:lang=\"en-US\" s:mustUnderstand=\"false\"/>"
                + "<w:OperationTimeout>PT60S</w:OperationTimeout></s:Header>");
        assertThat(xml).endsWith("<s:Body><n:Enumerate><w:OptimizeEnumeration/><w:MaxElements>32000</w:MaxElements>"
                + "<w:Filter Dialect=\"http://schemas.microsoft.com/wbem/wsman/1/WQL\">SELECT * FROM Msvm_ComputerSystem</w:Filter>"
                + "</n:Enumerate></s:Body></s:Envelope>");
    }

    @Test
    void pullAndReleaseCarryTheContext() throws Exception {
        String uri = ResourceUris.allClasses(V2);
        WsManRequest pull = WsManRequests.pull(TO, uri, "uuid:13276C2F-5658-4CA8-96A2-EA3204983BE4", 100,
                new RequestOptions(153_600, Duration.ofMillis(20_500), null, "de-DE"));
        WsManRequest got = roundTrip(pull);
        assertThat(got).isEqualTo(pull);
        assertThat(got.operationTimeout()).isEqualTo(Duration.ofMillis(20_500));
        assertThat(got.dataLocale()).isEqualTo("de-DE");
        assertThat(got.locale()).isNull();
        assertThat(new String(RequestWriter.write(pull), StandardCharsets.UTF_8))
                .contains("<w:OperationTimeout>PT20.5S</w:OperationTimeout>")
                .contains("<n:Pull><n:EnumerationContext>uuid:13276C2F-5658-4CA8-96A2-EA3204983BE4</n:EnumerationContext>"
                        + "<n:MaxElements>100</n:MaxElements></n:Pull>");

        WsManRequest release = WsManRequests.release(TO, uri, "uuid:X", RequestOptions.DEFAULTS);
        assertThat(roundTrip(release)).isEqualTo(release);
        assertThat(roundTrip(release).operation()).isEqualTo(new WsManOperation.Release("uuid:X"));
    }

    @Test
    void getBySelectorsWithSpecialCharacters() throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("CreationClassName", "Msvm_ComputerSystem");
        keys.put("Name", "6A6FD4D5-7A3B-4C4B-9F0A-2B8E6F0C1A11 & <\"'> 测试");
        WsManRequest get = WsManRequests.get(TO, new CimReference(V2, "Msvm_ComputerSystem", keys), RequestOptions.DEFAULTS);
        WsManRequest got = roundTrip(get);
        assertThat(got).isEqualTo(get);
        assertThat(got.action()).isEqualTo(WsNs.ACTION_GET);
        assertThat(got.resourceUri()).endsWith("/wmi/root/virtualization/v2/Msvm_ComputerSystem");
        assertThat(got.selectors()).containsExactlyEntriesOf(keys);
        assertThat(got.operation()).isInstanceOf(WsManOperation.Get.class);
    }

    @Test
    void invokeWithScalarArrayReferenceDatetimeAndEmbeddedParameters() throws Exception {
        CimReference service = new CimReference(V2, "Msvm_VirtualSystemManagementService",
                Map.of("CreationClassName", "Msvm_VirtualSystemManagementService", "Name", "vmms"));
        CimReference settings = new CimReference(V2, "Msvm_VirtualSystemSettingData",
                Map.of("InstanceID", "Microsoft:6A6FD4D5-7A3B-4C4B-9F0A-2B8E6F0C1A11"));
        CimInstance embedded = new CimInstance("Msvm_VirtualSystemSettingData", List.of(
                CimProperty.scalar("ElementName", CimType.STRING, "vm <01> & \"x\""),
                CimProperty.scalar("VirtualNumaEnabled", CimType.BOOLEAN, true)));
        OffsetDateTime when = OffsetDateTime.parse("2024-02-29T23:59:58.123456+01:00");
        List<CimProperty> in = List.of(
                CimProperty.array("SettingData", CimType.REFERENCE, List.of(settings)),
                CimProperty.array("RequestedInformation", CimType.UINT32, List.of(1L, 100L, 4L)),
                CimProperty.scalar("Note", CimType.STRING, "zh-CN: 虚拟机"),
                CimProperty.scalar("When", CimType.DATETIME, when),
                CimProperty.scalar("SystemSettings", CimType.INSTANCE, embedded),
                CimProperty.nullValue("Omitted", CimType.STRING, false));
        WsManRequest invoke = WsManRequests.invoke(TO, service, "GetSummaryInformation", in, RequestOptions.DEFAULTS);
        assertThat(invoke.action()).isEqualTo(
                "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/Msvm_VirtualSystemManagementService/GetSummaryInformation");

        WsManRequest got = roundTrip(invoke);
        assertThat(got.selectors()).isEqualTo(invoke.selectors());
        WsManOperation.Invoke call = (WsManOperation.Invoke) got.operation();
        assertThat(call.method()).isEqualTo("GetSummaryInformation");
        assertThat(call.parameter("SettingData").value()).isEqualTo(settings);
        assertThat(call.parameter("requestedinformation").value()).isEqualTo(List.of("1", "100", "4"));
        assertThat(call.parameter("Note").value()).isEqualTo("zh-CN: 虚拟机");
        assertThat(call.parameter("When").value()).isEqualTo(when);
        assertThat(call.parameter("Omitted")).isNull();
        // An embedded-instance parameter travels as CIM-XML text, as libvirt sends it.
        String cimXml = (String) call.parameter("SystemSettings").value();
        assertThat(CimXml.parse(cimXml, SoapLimits.DEFAULTS)).isEqualTo(embedded);
    }

    @Test
    void identifyHasNoActionAndAnEmptyHeader() throws Exception {
        byte[] bytes = RequestWriter.write(WsManRequests.identify());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("<s:Envelope "
                + "xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                + "xmlns:wsmid=\"http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd\">"
                + "<s:Header/><s:Body><wsmid:Identify/></s:Body></s:Envelope>");
        WsManRequest got = parser.parse(Samples.stream(bytes));
        assertThat(got.action()).isNull();
        assertThat(got.operation()).isInstanceOf(WsManOperation.Identify.class);
    }

    @Test
    void parserIsLenientLikeWindows() throws Exception {
        // pywinrm-style: other prefixes, unqualified mustUnderstand, lower-case GUID, header order changed;
        // wsl-style: a bare-GUID MessageID and no MaxEnvelopeSize/OperationTimeout/Locale.
        String xml = """
                <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
                    xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing"
                    xmlns:wsen="http://schemas.xmlsoap.org/ws/2004/09/enumeration"
                    xmlns:wsman="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd">
                  <env:Header>
                    <wsa:MessageID>0cb1c49a-5054-4c12-af30-fc60be995dd9</wsa:MessageID>
                    <wsman:ResourceURI mustUnderstand="true">http://schemas.microsoft.com/wbem/wsman/1/wmi/root/cimv2/Win32_Service</wsman:ResourceURI>
                    <wsa:Action mustUnderstand="true">http://schemas.xmlsoap.org/ws/2004/09/enumeration/Pull</wsa:Action>
                  </env:Header>
                  <env:Body><wsen:Pull><wsen:EnumerationContext> uuid:ABC </wsen:EnumerationContext></wsen:Pull></env:Body>
                </env:Envelope>""";
        WsManRequest got = parser.parse(Samples.stream(xml, true));
        assertThat(got.messageId()).isEqualTo("0cb1c49a-5054-4c12-af30-fc60be995dd9");
        assertThat(got.maxEnvelopeSize()).isNull();
        assertThat(got.operationTimeout()).isNull();
        assertThat(got.operation()).isEqualTo(new WsManOperation.Pull("uuid:ABC", null, null));
    }

    @Test
    void invokeInputInTheWrongNamespaceIsAccepted() throws Exception {
        String uri = ResourceUris.forClass(V2, "Msvm_VirtualSystemManagementService");
        String xml = """
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing"
                    xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd">
                  <s:Header><a:Action>%1$s/GetSummaryInformation</a:Action><w:ResourceURI>%1$s</w:ResourceURI>
                    <a:MessageID>uuid:1</a:MessageID></s:Header>
                  <s:Body><w:GetSummaryInformation_INPUT><w:RequestedInformation>1</w:RequestedInformation></w:GetSummaryInformation_INPUT></s:Body>
                </s:Envelope>""".formatted(uri);
        WsManOperation.Invoke call = (WsManOperation.Invoke) parser.parse(Samples.stream(xml, true)).operation();
        assertThat(call.method()).isEqualTo("GetSummaryInformation");
        assertThat(call.parameter("RequestedInformation").value()).isEqualTo("1");
    }
}
