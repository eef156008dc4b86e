package io.hvmon.wsman.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hvmon.cim.CimException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input: every case must end as a clean PROTOCOL error (client) or a fault (server), without
 * reading files, expanding entities, running out of memory or reading a stream to its end.
 */
class HostileInputTest {

    private static final String ENVELOPE_OPEN = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
            + "xmlns:n=\"http://schemas.xmlsoap.org/ws/2004/09/enumeration\" xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\" "
            + "xmlns:p=\"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/cimv2/Win32_Process\"><s:Body><n:EnumerateResponse><w:Items>";
    private static final String ENVELOPE_CLOSE = "</w:Items></n:EnumerateResponse></s:Body></s:Envelope>";
    private static final long HUNDRED_MB = 100L << 20;
    // A hang guard only: the real cost is milliseconds to a couple of seconds (parsing up to the 32 MiB cap).
    private static final Duration GUARD = Duration.ofSeconds(60);

    private final ResponseParser parser = new ResponseParser();

    private CimException protocolError(InputStream in) {
        CimException e = assertTimeoutPreemptively(GUARD, () -> {
            try {
                parser.enumerate(in);
            } catch (CimException thrown) {
                return thrown;
            }
            throw new AssertionError("accepted hostile input");
        });
        assertThat(e.kind()).isEqualTo(CimException.Kind.PROTOCOL);
        return e;
    }

    private CimException protocolError(String xml) {
        return protocolError(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + ENVELOPE_OPEN + "<p:Win32_Process><p:Name>&xxe;</p:Name></p:Win32_Process>" + ENVELOPE_CLOSE;
        CimException e = protocolError(xxe);
        assertThat(e.getMessage()).contains("DOCTYPE");
        assertNoPasswd(e);
    }

    @Test
    void externalDtdAndParameterEntitiesAreRefused() {
        assertNoPasswd(protocolError("<!DOCTYPE s:Envelope SYSTEM \"file:///etc/passwd\">" + ENVELOPE_OPEN + ENVELOPE_CLOSE));
        assertNoPasswd(protocolError("<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>"
                + ENVELOPE_OPEN + ENVELOPE_CLOSE));
        // An entity reference without any DTD is not silently dropped either.
        protocolError(ENVELOPE_OPEN + "<p:Win32_Process><p:Name>&xxe;</p:Name></p:Win32_Process>" + ENVELOPE_CLOSE);
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        CimException e = protocolError(dtd + ENVELOPE_OPEN + "<p:Win32_Process><p:Name>&lol9;</p:Name></p:Win32_Process>"
                + ENVELOPE_CLOSE);
        assertThat(e.getMessage()).doesNotContain("lollol");
    }

    @Test
    void hundredMegabytesOfWhitespaceStopAtTheByteCap() {
        GeneratedStream body = new GeneratedStream(ENVELOPE_OPEN, "          \n", HUNDRED_MB, ENVELOPE_CLOSE);
        CimException e = protocolError(body);
        assertThat(e.getMessage()).contains("larger than 33554432 bytes");
        assertThat(body.served()).isLessThan(40L << 20);
    }

    @Test
    void hundredMegabytesOfElementsStopAtTheElementCap() {
        GeneratedStream body = new GeneratedStream(ENVELOPE_OPEN + "<p:Win32_Process>", "<p:A>1</p:A>", HUNDRED_MB,
                "</p:Win32_Process>" + ENVELOPE_CLOSE);
        CimException e = protocolError(body);
        assertThat(e.getMessage()).containsAnyOf("more than 1000000 elements", "repeats more than 100000 times");
        assertThat(body.served()).isLessThan(40L << 20);
    }

    @Test
    void hundredMegabytesInOneValueStopAtTheTextCap() {
        GeneratedStream body = new GeneratedStream(ENVELOPE_OPEN + "<p:Win32_Process><p:Name>", "x", HUNDRED_MB,
                "</p:Name></p:Win32_Process>" + ENVELOPE_CLOSE);
        CimException e = protocolError(body);
        assertThat(e.getMessage()).contains("longer than 1048576 characters");
        assertThat(body.served()).isLessThan(40L << 20);
    }

    @Test
    void tenThousandDeepNestingStopsAtTheDepthCap() {
        String deep = ENVELOPE_OPEN + "<p:Win32_Process>" + "<p:A>".repeat(10_000) + "</p:A>".repeat(10_000)
                + "</p:Win32_Process>" + ENVELOPE_CLOSE;
        assertThat(protocolError(deep).getMessage()).contains("nested deeper than 64 elements");
    }

    @Test
    void absurdItemCountStopsAtTheItemCap() {
        GeneratedStream body = new GeneratedStream(ENVELOPE_OPEN, "<p:Win32_Process/>", 10L << 20, ENVELOPE_CLOSE);
        assertThat(protocolError(body).getMessage()).contains("more than 100000 items");
        // and a property repeated absurdly often (an array) is capped the same way
        String many = ENVELOPE_OPEN + "<p:Win32_Process>" + "<p:A>1</p:A>".repeat(20) + "</p:Win32_Process>" + ENVELOPE_CLOSE;
        ResponseParser strict = new ResponseParser(SoapLimits.DEFAULTS.withMaxItems(10));
        assertThatThrownBy(() -> strict.enumerate(new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(CimException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CimException.Kind.PROTOCOL);
                    assertThat(e.getMessage()).contains("repeats more than 10 times");
                });
    }

    @Test
    void truncatedAndBrokenDocumentsAreProtocolErrors() {
        byte[] sample = Samples.bytes(Samples.ENUMERATE);
        for (int cut : new int[] {0, 1, 40, sample.length / 3, sample.length / 2, sample.length - 12}) {
            protocolError(new ByteArrayInputStream(Arrays.copyOf(sample, cut)));
        }
        protocolError("this is not XML");
        protocolError("<html><body>502 Bad Gateway</body></html>");
        protocolError(ENVELOPE_OPEN + "<p:Win32_Process><p:A>1</p:B></p:Win32_Process>" + ENVELOPE_CLOSE);
        protocolError(ENVELOPE_OPEN + ENVELOPE_CLOSE + "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"/>");
        protocolError(ENVELOPE_OPEN + "<p:Win32_Process><p:D><cim:Datetime xmlns:cim=\"http://schemas.dmtf.org/wbem/wscim/1/common\">"
                + "yesterday</cim:Datetime></p:D></p:Win32_Process>" + ENVELOPE_CLOSE);
    }

    @Test
    void serverParserTurnsHostileRequestsIntoFaults() {
        RequestParser server = new RequestParser(SoapLimits.DEFAULTS, "hv01");
        String xxe = "<!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>&xxe;</s:Body></s:Envelope>";
        assertThatThrownBy(() -> server.parse(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(WsManFaultException.class, e -> {
                    assertThat(e.fault().subcodeName()).isEqualTo("w:SchemaValidationError");
                    assertThat(e.fault().httpStatus()).isEqualTo(500);
                    assertThat(e.fault().message()).doesNotContain("root:");
                });

        GeneratedStream huge = new GeneratedStream("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>",
                " ", HUNDRED_MB, "</s:Body></s:Envelope>");
        assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(() -> server.parse(huge))
                .isInstanceOfSatisfying(WsManFaultException.class,
                        e -> assertThat(e.fault().subcodeName()).isEqualTo("w:EncodingLimit")));
        assertThat(huge.served()).isLessThan(40L << 20);

        byte[] request = RequestWriter.write(WsManRequests.enumerateWql("http://hv01:5985/wsman", "root/cimv2",
                "SELECT * FROM Win32_Service", 10, RequestOptions.DEFAULTS));
        assertThatThrownBy(() -> server.parse(new ByteArrayInputStream(Arrays.copyOf(request, request.length - 20))))
                .isInstanceOfSatisfying(WsManFaultException.class, e -> {
                    assertThat(e.fault().subcodeName()).isEqualTo("w:SchemaValidationError");
                    assertThat(e.relatesTo()).startsWith("uuid:"); // the header was read before the cut
                });
    }

    private static void assertNoPasswd(CimException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain("root:x:").doesNotContain("/bin/bash").doesNotContain("nologin");
    }
}
