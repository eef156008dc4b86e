package io.hvmon.wsman.soap;

import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's output against the real Windows samples: re-rendering what the parser read from a sample must give
 * the same elements, namespaces, prefixes, declarations, attributes, order and values; only the fresh MessageID
 * differs.
 */
class WindowsShapeTest {

    private final ResponseParser parser = new ResponseParser();

    @Test
    void enumerateResponseMatchesTheRealSample() throws Exception {
        WsManResponse sample = parser.parse(Samples.stream(Samples.ENUMERATE));
        EnumerationPage page = (EnumerationPage) sample.body();
        byte[] ours = ResponseWriter.enumerateResponse(sample.relatesTo(), page.context(), render(page.items()), false);

        List<String> expected = XmlShape.of(Samples.bytes(Samples.ENUMERATE));
        List<String> actual = XmlShape.of(ours);
        // Windows puts xml:lang last in this capture and first in others; it is the same attribute either way.
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void finalPullResponseMatchesTheRealSample() throws Exception {
        WsManResponse sample = parser.parse(Samples.stream(Samples.PULL));
        EnumerationPage page = (EnumerationPage) sample.body();
        byte[] ours = ResponseWriter.pullResponse(sample.relatesTo(), null, render(page.items()), true);
        assertThat(XmlShape.of(ours)).containsExactlyElementsOf(XmlShape.of(Samples.bytes(Samples.PULL)));
    }

    @Test
    void cannotProcessFilterFaultMatchesTheReal2008R2Fault() throws Exception {
        WsManFault fault = WsManFaults.cannotProcessFilter("localhost",
                "The specified class does not exist in the given namespace. ");
        byte[] ours = ResponseWriter.fault(fault, "uuid:0CB1C49A-5054-4C12-AF30-FC60BE995DD9");
        List<String> expected = XmlShape.of(Samples.bytes(Samples.FAULT_2008R2));
        List<String> actual = XmlShape.of(ours);

        // Envelope, header and the fault up to its detail are identical.
        int detail = expected.indexOf(expected.stream().filter(l -> l.startsWith("<s:Detail")).findFirst().orElseThrow());
        assertThat(actual.subList(0, detail + 1)).containsExactlyElementsOf(expected.subList(0, detail + 1));
        // The detail is the outer WSManFault with the same code and machine (without the provider's nesting).
        assertThat(actual.get(detail + 1)).isEqualTo(expected.get(detail + 1));
        assertThat(XmlShape.element(actual, "Message", 0)).containsExactly(
                "<f:Message {http://schemas.microsoft.com/wbem/wsman/1/wsmanfault}",
                "  text The specified class does not exist in the given namespace.",
                "</f:Message");
        // The reason keeps Windows' trailing spaces.
        assertThat(new String(ours, java.nio.charset.StandardCharsets.UTF_8))
                .contains(">The data source could not process the filter. The filter might be missing or it might be "
                        + "invalid. Change the filter and try the request again.  </s:Text>");
        assertThat(fault.httpStatus()).isEqualTo(500);
    }

    @Test
    void ourFaultsParseBackToTheSameFault() throws Exception {
        WsManFault sent = WsManFaults.invalidSelectors("HV01", WsManFaults.SelectorProblem.INSUFFICIENT);
        WsManResponse got = parser.parse(Samples.stream(ResponseWriter.fault(sent, "uuid:REQ")));
        assertThat(got.relatesTo()).isEqualTo("uuid:REQ");
        assertThat(got.action()).isEqualTo(WsNs.ACTION_WSMAN_FAULT);
        assertThat(got.body()).isEqualTo(sent);
    }

    private static List<RenderedItem> render(List<CimInstance> items) {
        return items.stream().map(i -> InstanceWriter.typed("root/cimv2", i)).toList();
    }
}
