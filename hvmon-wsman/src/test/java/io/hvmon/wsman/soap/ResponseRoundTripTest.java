package io.hvmon.wsman.soap;

import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server response writer → client response parser, for typed instances with every CIM type. */
class ResponseRoundTripTest {

    private static final String V2 = "root/virtualization/v2";
    private static final String REQUEST_ID = "uuid:7B8C31C7-122A-4F6C-98CA-3327B4D39CD4";
    private static final OffsetDateTime WHEN = OffsetDateTime.parse("2013-04-29T11:43:11.203125-07:00");
    private static final String SPECIAL = "<tag attr=\"v\"> & 'quote' ]]> \t tab";

    private final ResponseParser parser = new ResponseParser();

    static CimInstance everyType() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("CreationClassName", "Msvm_ComputerSystem");
        keys.put("Name", "6A6FD4D5-7A3B-4C4B-9F0A-2B8E6F0C1A11");
        CimInstance summary = new CimInstance("Msvm_SummaryInformation", List.of(
                CimProperty.scalar("ElementName", CimType.STRING, "嵌入的 VM"),
                CimProperty.scalar("EnabledState", CimType.UINT16, 2L),
                CimProperty.array("OperationalStatus", CimType.UINT16, List.of(2L, 32782L)),
                CimProperty.nullValue("Notes", CimType.STRING, false)));
        return new CimInstance("Msvm_ComputerSystem", List.of(
                CimProperty.scalar("U8", CimType.UINT8, 255L),
                CimProperty.scalar("S8", CimType.SINT8, -128L),
                CimProperty.scalar("U16", CimType.UINT16, 65535L),
                CimProperty.scalar("S16", CimType.SINT16, -32768L),
                CimProperty.scalar("U32", CimType.UINT32, 4_294_967_295L),
                CimProperty.scalar("S32", CimType.SINT32, -2_147_483_648L),
                CimProperty.scalar("U64", CimType.UINT64, -1L), // 2^64-1, held as the same 64 bits
                CimProperty.scalar("S64", CimType.SINT64, Long.MIN_VALUE),
                CimProperty.scalar("R32", CimType.REAL32, 1.5),
                CimProperty.scalar("R64", CimType.REAL64, -2.25e-10),
                CimProperty.scalar("Flag", CimType.BOOLEAN, true),
                CimProperty.scalar("Off", CimType.BOOLEAN, false),
                CimProperty.scalar("Text", CimType.STRING, SPECIAL),
                CimProperty.scalar("Chinese", CimType.STRING, "虚拟机 正在运行（已启用）"),
                CimProperty.scalar("Lines", CimType.STRING, "a\r\nb\rc\n"),
                CimProperty.scalar("Empty", CimType.STRING, ""),
                CimProperty.scalar("Letter", CimType.CHAR16, "x"),
                CimProperty.scalar("When", CimType.DATETIME, WHEN),
                CimProperty.scalar("Utc", CimType.DATETIME, OffsetDateTime.parse("2024-01-02T03:04:05Z")),
                CimProperty.scalar("Delay", CimType.DATETIME, Duration.ofSeconds(100)),
                CimProperty.scalar("Uptime", CimType.DATETIME, Duration.ofDays(3).plusHours(4).plusNanos(500_000_000)),
                CimProperty.scalar("System", CimType.REFERENCE, new CimReference(V2, "Msvm_ComputerSystem", keys)),
                CimProperty.scalar("Summary", CimType.INSTANCE, summary),
                CimProperty.array("Roles", CimType.STRING, List.of("LM_Workstation", "LM_Server", "<&>")),
                CimProperty.array("WithNils", CimType.UINT16, Arrays.asList(2L, null, 3L)),
                CimProperty.array("Times", CimType.DATETIME, List.of(WHEN, WHEN.plusDays(1))),
                CimProperty.array("Summaries", CimType.INSTANCE, List.of(summary, summary)),
                CimProperty.nullValue("Missing", CimType.UINT32, false),
                CimProperty.nullValue("NullArray", CimType.STRING, true),
                CimProperty.array("EmptyArray", CimType.STRING, List.of())));
    }

    @Test
    void typedInstanceWithEveryCimTypeSurvivesEnumerateResponse() throws Exception {
        CimInstance sent = everyType();
        byte[] bytes = ResponseWriter.enumerateResponse(REQUEST_ID, "uuid:CTX",
                List.of(InstanceWriter.typed(V2, sent), InstanceWriter.typed(V2, sent)), false);
        WsManResponse response = parser.parse(Samples.stream(bytes));
        assertThat(response.relatesTo()).isEqualTo(REQUEST_ID);
        assertThat(response.messageId()).startsWith("uuid:").isNotEqualTo(REQUEST_ID);
        EnumerationPage page = (EnumerationPage) response.body();
        assertThat(page.context()).isEqualTo("uuid:CTX");
        assertThat(page.endOfSequence()).isFalse();
        assertThat(page.items()).hasSize(2);
        assertSameValues(page.items().get(0));
    }

    static void assertSameValues(CimInstance got) {
        assertThat(got.className()).isEqualTo("Msvm_ComputerSystem");
        assertThat(got.integer("U8")).isEqualTo(255);
        assertThat(got.integer("S8")).isEqualTo(-128);
        assertThat(got.integer("U16")).isEqualTo(65535);
        assertThat(got.integer("S16")).isEqualTo(-32768);
        assertThat(got.integer("U32")).isEqualTo(4_294_967_295L);
        assertThat(got.integer("S32")).isEqualTo(-2_147_483_648L);
        assertThat(got.string("U64")).isEqualTo("18446744073709551615");
        assertThat(got.integer("U64")).isEqualTo(-1L);
        assertThat(got.integer("S64")).isEqualTo(Long.MIN_VALUE);
        assertThat(Double.parseDouble(got.string("R32"))).isEqualTo(1.5);
        assertThat(Double.parseDouble(got.string("R64"))).isEqualTo(-2.25e-10);
        assertThat(got.bool("Flag")).isTrue();
        assertThat(got.bool("Off")).isFalse();
        assertThat(got.string("Text")).isEqualTo(SPECIAL);
        assertThat(got.string("Chinese")).isEqualTo("虚拟机 正在运行（已启用）");
        assertThat(got.string("Lines")).isEqualTo("a\r\nb\rc\n");
        assertThat(got.string("Empty")).isEmpty();
        assertThat(got.string("Letter")).isEqualTo("x");
        assertThat(got.dateTime("When")).isEqualTo(WHEN);
        assertThat(got.dateTime("Utc")).isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05Z"));
        assertThat(got.interval("Delay")).isEqualTo(Duration.ofSeconds(100));
        assertThat(got.interval("Uptime")).isEqualTo(Duration.ofDays(3).plusHours(4).plusNanos(500_000_000));
        CimReference system = got.reference("System");
        assertThat(system.namespace()).isEqualTo(V2);
        assertThat(system.className()).isEqualTo("Msvm_ComputerSystem");
        assertThat(system.keys()).containsExactly(Map.entry("CreationClassName", "Msvm_ComputerSystem"),
                Map.entry("Name", "6A6FD4D5-7A3B-4C4B-9F0A-2B8E6F0C1A11"));
        CimInstance summary = (CimInstance) got.value("Summary");
        assertThat(summary.className()).isEqualTo("Msvm_SummaryInformation");
        assertThat(summary.string("ElementName")).isEqualTo("嵌入的 VM");
        assertThat(summary.integer("EnabledState")).isEqualTo(2);
        assertThat(summary.integers("OperationalStatus")).containsExactly(2L, 32782L);
        assertThat(summary.has("Notes")).isTrue();
        assertThat(summary.value("Notes")).isNull();
        assertThat(got.strings("Roles")).containsExactly("LM_Workstation", "LM_Server", "<&>");
        assertThat(got.integers("WithNils")).containsExactly(2L, null, 3L);
        assertThat(got.list("Times")).isEqualTo(List.of(WHEN, WHEN.plusDays(1)));
        assertThat(got.list("Summaries")).hasSize(2).allSatisfy(s -> assertThat(s).isEqualTo(summary));
        assertThat(got.has("Missing")).isTrue();
        assertThat(got.value("Missing")).isNull();
        assertThat(got.has("NullArray")).as("a NULL array is left out, as Windows does").isFalse();
        assertThat(got.value("NullArray")).isNull();
        assertThat(got.value("EmptyArray")).isNull(); // an empty array is written as one nil element
    }

    @Test
    void aNullArrayIsLeftOutOfTypedInstancesAndProjectionsButANullScalarIsNil() throws Exception {
        CimInstance row = new CimInstance("Msvm_ComputerSystem", List.of(
                CimProperty.nullValue("InstanceID", CimType.STRING, false),
                CimProperty.scalar("Name", CimType.STRING, "HV01"),
                CimProperty.nullValue("Roles", CimType.STRING, true)));
        String typed = InstanceWriter.typed(V2, row).xml();
        assertThat(typed).contains("<p:InstanceID xsi:nil=\"true\"/>").doesNotContain("Roles");
        assertThat(InstanceWriter.projection(V2, row).xml()).contains("<InstanceID xsi:nil=\"true\"/>")
                .doesNotContain("Roles");
    }

    @Test
    void bothFormsOfANullArrayReadAsNull() throws Exception {
        // older writers (and this simulator before) sent a nil element for a NULL array; Windows leaves it out
        String uri = "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/Msvm_ComputerSystem";
        RenderedItem item = RenderedItem.of("<p:Msvm_ComputerSystem xmlns:p=\"" + uri + "\" xmlns:xsi=\""
                + "http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"p:Msvm_ComputerSystem_Type\">"
                + "<p:Name>HV01</p:Name><p:Roles xsi:nil=\"true\"/></p:Msvm_ComputerSystem>");
        CimInstance got = parser.pull(Samples.stream(ResponseWriter.pullResponse(REQUEST_ID, null, List.of(item), true)))
                .items().getFirst();
        assertThat(got.strings("Roles")).isNull();
        assertThat(got.has("OperationalStatus")).isFalse();
        assertThat(got.integers("OperationalStatus")).isNull();
        assertThat(got.list("OperationalStatus")).isNull();
    }

    @Test
    void propertiesAreWrittenInCaseInsensitiveAlphabeticalOrder() {
        String xml = InstanceWriter.typed("root/cimv2", new CimInstance("Win32_OperatingSystem", List.of(
                CimProperty.scalar("CurrentTimeZone", CimType.SINT16, -420L),
                CimProperty.scalar("CSName", CimType.STRING, "HV01"),
                CimProperty.scalar("CreationClassName", CimType.STRING, "Win32_OperatingSystem"),
                CimProperty.scalar("CSCreationClassName", CimType.STRING, "Win32_ComputerSystem")))).xml();
        assertThat(xml).containsSubsequence("<p:CreationClassName>", "<p:CSCreationClassName>", "<p:CSName>",
                "<p:CurrentTimeZone>");
    }

    @Test
    void projectionIsAnXmlFragmentWithUnqualifiedChildren() throws Exception {
        CimInstance row = new CimInstance("Win32_Service", List.of(
                CimProperty.scalar("AcceptPause", CimType.BOOLEAN, false),
                CimProperty.scalar("Name", CimType.STRING, "vmms & <co>"),
                CimProperty.nullValue("InstallDate", CimType.DATETIME, false),
                CimProperty.scalar("Started", CimType.DATETIME, WHEN),
                CimProperty.array("Deps", CimType.STRING, List.of("RPCSS", "winmgmt"))));
        RenderedItem item = InstanceWriter.projection("root/cimv2", row);
        assertThat(item.xml()).startsWith("<w:XmlFragment xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        + "xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\"><AcceptPause>false</AcceptPause>")
                .contains("<InstallDate xsi:nil=\"true\"/>")
                .doesNotContain("xsi:type");
        byte[] bytes = ResponseWriter.pullResponse(REQUEST_ID, null, List.of(item), true);
        EnumerationPage page = parser.pull(Samples.stream(bytes));
        CimInstance got = page.items().getFirst();
        assertThat(got.className()).isEqualTo("XmlFragment");
        assertThat(got.bool("AcceptPause")).isFalse();
        assertThat(got.string("Name")).isEqualTo("vmms & <co>");
        assertThat(got.value("InstallDate")).isNull();
        assertThat(got.dateTime("Started")).isEqualTo(WHEN);
        assertThat(got.strings("Deps")).containsExactly("RPCSS", "winmgmt");
        assertThat(page.endOfSequence()).isTrue();
        assertThat(page.context()).isNull();
    }

    @Test
    void getResponseCarriesTheBareInstance() throws Exception {
        byte[] bytes = ResponseWriter.getResponse(REQUEST_ID, InstanceWriter.typed(V2, everyType()));
        WsManResponse response = parser.parse(Samples.stream(bytes));
        assertThat(response.action()).isEqualTo(WsNs.ACTION_GET_RESPONSE);
        assertSameValues(parser.get(Samples.stream(bytes)));
    }

    @Test
    void invokeOutputWithReturnValueJobReferenceAndEmbeddedArray() throws Exception {
        CimReference job = new CimReference(V2, "Msvm_ConcreteJob", Map.of("InstanceID", "7C4F2D1E-0000-4000-8000-000000000001"));
        CimInstance summary = new CimInstance("Msvm_SummaryInformation", List.of(
                CimProperty.scalar("ElementName", CimType.STRING, "vm01"),
                CimProperty.scalar("EnabledState", CimType.UINT16, 2L)));
        CimInstance output = new CimInstance("__PARAMETERS", List.of(
                CimProperty.scalar("ReturnValue", CimType.UINT32, 4096L),
                CimProperty.scalar("Job", CimType.REFERENCE, job),
                CimProperty.array("SummaryInformation", CimType.INSTANCE, List.of(summary, summary))));
        byte[] bytes = ResponseWriter.invokeResponse(REQUEST_ID, V2, "Msvm_VirtualSystemManagementService",
                "GetSummaryInformation", output);
        WsManResponse response = parser.parse(Samples.stream(bytes));
        assertThat(response.action()).isEqualTo(ResourceUris.forClass(V2, "Msvm_VirtualSystemManagementService")
                + "/GetSummaryInformationResponse");
        assertThat(((ResponseBody.MethodOutput) response.body()).method()).isEqualTo("GetSummaryInformation");
        CimInstance got = parser.invoke(Samples.stream(bytes));
        assertThat(got.className()).isEqualTo("__PARAMETERS");
        assertThat(got.integer("ReturnValue")).isEqualTo(4096);
        assertThat(got.reference("Job")).isEqualTo(job);
        assertThat(got.list("SummaryInformation")).hasSize(2).allSatisfy(s -> {
            CimInstance i = (CimInstance) s;
            assertThat(i.className()).isEqualTo("Msvm_SummaryInformation");
            assertThat(i.string("ElementName")).isEqualTo("vm01");
        });
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("<p:GetSummaryInformation_OUTPUT "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:p=\"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/Msvm_VirtualSystemManagementService\"")
                .contains("xsi:type=\"q:Msvm_SummaryInformation_Type\"");
    }

    @Test
    void identifyAndReleaseResponses() throws Exception {
        IdentifyResponse identity = new IdentifyResponse(WsNs.WSMAN, "Microsoft Corporation",
                "OS: 10.0.17763 SP: 0.0 Stack: 3.0",
                List.of("http://schemas.dmtf.org/wbem/wsman/1/wsman/secprofile/http/spnego-kerberos"));
        byte[] bytes = ResponseWriter.identifyResponse(identity);
        assertThat(parser.identify(Samples.stream(bytes))).isEqualTo(identity);
        assertThat(parser.parse(Samples.stream(bytes)).action()).isNull();

        byte[] released = ResponseWriter.releaseResponse(REQUEST_ID);
        assertThat(parser.parse(Samples.stream(released)).body()).isInstanceOf(ResponseBody.Released.class);
        parser.release(Samples.stream(released));
    }

    @Test
    void nonOptimizedEnumerateResponseHoldsOnlyTheContext() throws Exception {
        byte[] bytes = ResponseWriter.enumerateResponse(REQUEST_ID, "uuid:ONLY", null, false);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("<s:Body><n:EnumerateResponse><n:EnumerationContext>uuid:ONLY</n:EnumerationContext>"
                        + "</n:EnumerateResponse></s:Body>");
        EnumerationPage page = parser.enumerate(Samples.stream(bytes));
        assertThat(page.items()).isEmpty();
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void optimizedEnumerateResponseThatFitsEndsWithAnEmptyContext() throws Exception {
        byte[] bytes = ResponseWriter.enumerateResponse(REQUEST_ID, "uuid:IGNORED",
                List.of(InstanceWriter.typed(V2, everyType())), true);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("<n:EnumerationContext></n:EnumerationContext><w:Items>")
                .endsWith("</w:Items><w:EndOfSequence/></n:EnumerateResponse></s:Body></s:Envelope>");
        EnumerationPage page = parser.enumerate(Samples.stream(bytes));
        assertThat(page.context()).isNull();
        assertThat(page.endOfSequence()).isTrue();
        assertSameValues(page.items().getFirst());
    }

    @Test
    void invalidXmlCharactersAreReplacedNotWrittenRaw() throws Exception {
        CimInstance odd = new CimInstance("X", List.of(CimProperty.scalar("S", CimType.STRING, "a\u0000b\u0001c\uD800d")));
        byte[] bytes = ResponseWriter.getResponse(REQUEST_ID, InstanceWriter.typed("root/cimv2", odd));
        assertThat(parser.get(Samples.stream(bytes)).string("S")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    }
}
