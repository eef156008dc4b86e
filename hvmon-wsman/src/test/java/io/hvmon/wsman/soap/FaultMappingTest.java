package io.hvmon.wsman.soap;

import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimException.Kind;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fault subcode → the CimException kind and plain-words message the collector shows. */
class FaultMappingTest {

    private final ResponseParser parser = new ResponseParser();

    static Stream<Arguments> subcodes() {
        return Stream.of(
                Arguments.of("w", WsNs.WSMAN, "CannotProcessFilter", "Sender", 2150858752L,
                        "The WS-Management service cannot process the request because the WQL query is invalid.",
                        Kind.INVALID_QUERY, "cannot process filter (w:CannotProcessFilter, WSManFault 2150858752): "
                                + "The WS-Management service cannot process the request because the WQL query is invalid."),
                Arguments.of("n", WsNs.ENUMERATION, "CannotProcessFilter", "Sender", 2150858778L, "Invalid class ",
                        Kind.INVALID_QUERY, "cannot process filter (n:CannotProcessFilter, WSManFault 2150858778): Invalid class"),
                Arguments.of("w", WsNs.WSMAN, "InvalidSelectors", "Sender", 2150858842L, "Missing keys.",
                        Kind.NOT_FOUND, "invalid selectors (w:InvalidSelectors, WSManFault 2150858842): Missing keys."),
                Arguments.of("a", WsNs.ADDRESSING, "DestinationUnreachable", "Sender", 2150858811L, "Bad URI.",
                        Kind.NOT_FOUND, "unknown resource (a:DestinationUnreachable, WSManFault 2150858811): Bad URI."),
                Arguments.of("w", WsNs.WSMAN, "DestinationUnreachable", "Sender", 2150858811L, "Bad URI.",
                        Kind.NOT_FOUND, "unknown resource (w:DestinationUnreachable, WSManFault 2150858811): Bad URI."),
                Arguments.of("w", WsNs.WSMAN, "AccessDenied", "Sender", 5L, "Access is denied. ",
                        Kind.ACCESS_DENIED, "access denied (w:AccessDenied, WSManFault 5): Access is denied."),
                Arguments.of("w", WsNs.WSMAN, "TimedOut", "Receiver", 2150858793L, "Too slow.",
                        Kind.TIMEOUT, "timed out (w:TimedOut, WSManFault 2150858793): Too slow."),
                Arguments.of("n", WsNs.ENUMERATION, "TimedOut", "Receiver", 2150858780L, "No data in MaxTime.",
                        Kind.TIMEOUT, "timed out (n:TimedOut, WSManFault 2150858780): No data in MaxTime."),
                Arguments.of("n", WsNs.ENUMERATION, "InvalidEnumerationContext", "Receiver", 2150858779L, "Expired.",
                        Kind.FAULT, "invalid enumeration context (n:InvalidEnumerationContext, WSManFault 2150858779): Expired."),
                Arguments.of("w", WsNs.WSMAN, "EncodingLimit", "Sender", 2150858824L, "Too big.",
                        Kind.PROTOCOL, "encoding limit exceeded (w:EncodingLimit, WSManFault 2150858824): Too big."),
                Arguments.of("w", WsNs.WSMAN, "QuotaLimit", "Sender", 2150859173L, "Too many shells.",
                        Kind.FAULT, "quota limit reached (w:QuotaLimit, WSManFault 2150859173): Too many shells."),
                Arguments.of("w", WsNs.WSMAN, "InternalError", "Receiver", 2150859174L, "Too many operations.",
                        Kind.FAULT, "internal error (w:InternalError, WSManFault 2150859174): Too many operations."),
                Arguments.of("w", WsNs.WSMAN, "InternalError", "Receiver", 5L, "Denied by WMI.",
                        Kind.ACCESS_DENIED, "internal error (w:InternalError, WSManFault 5): Denied by WMI."),
                Arguments.of("w", WsNs.WSMAN, "InternalError", "Receiver", 0x80041002L, "Not found.",
                        Kind.NOT_FOUND, "internal error (w:InternalError, WSManFault 2147749890): Not found."),
                Arguments.of("a", WsNs.ADDRESSING, "ActionNotSupported", "Sender", 2150858753L, "No such action.",
                        Kind.UNSUPPORTED, "action not supported (a:ActionNotSupported, WSManFault 2150858753): No such action."),
                Arguments.of("w", WsNs.WSMAN, "SchemaValidationError", "Sender", 2150858817L, "Bad XML.",
                        Kind.PROTOCOL, "request refused as malformed (w:SchemaValidationError, WSManFault 2150858817): Bad XML."),
                Arguments.of("w", WsNs.WSMAN, "SomethingNew", "Receiver", 1L, "Eh.",
                        Kind.FAULT, "something new (w:SomethingNew, WSManFault 1): Eh."));
    }

    @ParameterizedTest(name = "{0}:{2}")
    @MethodSource("subcodes")
    void subcodeMapsToKindAndMessage(String prefix, String ns, String subcode, String code, long wsmanCode,
                                     String message, Kind kind, String expected) throws Exception {
        // Written the way Windows writes it, then parsed, so the prefix resolution is exercised too.
        String xml = """
                <s:Envelope xml:lang="en-US" xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing"
                    xmlns:n="http://schemas.xmlsoap.org/ws/2004/09/enumeration" xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd">
                  <s:Header><a:Action>%s</a:Action><a:MessageID>uuid:F</a:MessageID><a:RelatesTo>uuid:R</a:RelatesTo></s:Header>
                  <s:Body><s:Fault>
                    <s:Code><s:Value>s:%s</s:Value><s:Subcode><s:Value>%s:%s</s:Value></s:Subcode></s:Code>
                    <s:Reason><s:Text xml:lang="en-US">Reason text.  </s:Text></s:Reason>
                    <s:Detail><f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="%d" Machine="hv01">
                      <f:Message>%s</f:Message></f:WSManFault></s:Detail>
                  </s:Fault></s:Body></s:Envelope>""".formatted(WsManFault.defaultAction(ns), code, prefix, subcode, wsmanCode, message);
        WsManFault fault = (WsManFault) parser.parse(Samples.stream(xml, true)).body();
        assertThat(fault.subcodeNamespace()).isEqualTo(ns);
        assertThat(fault.code()).isEqualTo(code);
        assertThat(fault.machine()).isEqualTo("hv01");
        CimException e = fault.toCimException();
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).isEqualTo(expected);
    }

    @Test
    void withoutADetailTheReasonIsTheMessage() throws Exception {
        WsManFault fault = new WsManFault(null, "Sender", WsNs.WSMAN, "AccessDenied", "Access is denied.  ", null, null,
                null, null, null, null, 500);
        assertThat(fault.toCimException().getMessage()).isEqualTo("access denied (w:AccessDenied): Access is denied.");
    }

    @Test
    void cimStatusOfAWmiErrorRefinesAGenericFault() {
        CimInstance notFound = new CimInstance("MSFT_WmiError", List.of(
                CimProperty.scalar("CIMStatusCode", CimType.UINT32, 6L),
                CimProperty.scalar("Message", CimType.STRING, "Not found ")));
        WsManFault fault = new WsManFault(null, "Sender", WsNs.WSMAN, "InternalError", "", null, null, null, null, null,
                notFound, 500);
        assertThat(fault.toCimException().kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(fault.toCimException().getMessage()).isEqualTo("internal error (w:InternalError): Not found");
    }

    static Stream<Arguments> serverFaults() {
        return Stream.of(
                Arguments.of(WsManFaults.cannotProcessFilter("hv01", "The specified class does not exist in the given namespace. "),
                        "n:CannotProcessFilter", WsNs.ACTION_ENUMERATION_FAULT, Kind.INVALID_QUERY),
                Arguments.of(WsManFaults.destinationUnreachable("hv01", "http://example/NoSuchClass"),
                        "a:DestinationUnreachable", WsNs.ACTION_ADDRESSING_FAULT, Kind.NOT_FOUND),
                Arguments.of(WsManFaults.invalidSelectors("hv01", WsManFaults.SelectorProblem.UNEXPECTED),
                        "w:InvalidSelectors", WsNs.ACTION_WSMAN_FAULT, Kind.NOT_FOUND),
                Arguments.of(WsManFaults.invalidEnumerationContext("hv01"),
                        "n:InvalidEnumerationContext", WsNs.ACTION_ENUMERATION_FAULT, Kind.FAULT),
                Arguments.of(WsManFaults.responseTooLarge("hv01"), "w:EncodingLimit", WsNs.ACTION_WSMAN_FAULT, Kind.PROTOCOL),
                Arguments.of(WsManFaults.envelopeSizeTooSmall("hv01"), "w:EncodingLimit", WsNs.ACTION_WSMAN_FAULT, Kind.PROTOCOL),
                Arguments.of(WsManFaults.requestTooLarge("hv01", "Too deep."), "w:EncodingLimit", WsNs.ACTION_WSMAN_FAULT, Kind.PROTOCOL),
                Arguments.of(WsManFaults.accessDenied("hv01"), "w:AccessDenied", WsNs.ACTION_WSMAN_FAULT, Kind.ACCESS_DENIED),
                Arguments.of(WsManFaults.timedOut("hv01"), "w:TimedOut", WsNs.ACTION_WSMAN_FAULT, Kind.TIMEOUT),
                Arguments.of(WsManFaults.internalError("hv01", WsManFaults.E_FAIL, "The provider failed. "),
                        "w:InternalError", WsNs.ACTION_WSMAN_FAULT, Kind.FAULT),
                Arguments.of(WsManFaults.actionNotSupported("hv01", "http://example/Frob"),
                        "a:ActionNotSupported", WsNs.ACTION_ADDRESSING_FAULT, Kind.UNSUPPORTED),
                Arguments.of(WsManFaults.schemaValidation("hv01", "No body."),
                        "w:SchemaValidationError", WsNs.ACTION_WSMAN_FAULT, Kind.PROTOCOL));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("serverFaults")
    void everyServerFaultRoundTripsToTheExpectedKind(WsManFault sent, String subcode, String action, Kind kind)
            throws Exception {
        byte[] bytes = ResponseWriter.fault(sent, "uuid:REQ");
        WsManResponse got = parser.parse(Samples.stream(bytes));
        assertThat(got.action()).isEqualTo(action);
        assertThat(got.relatesTo()).isEqualTo("uuid:REQ");
        assertThat(got.body()).isEqualTo(sent);
        assertThat(sent.subcodeName()).isEqualTo(subcode);
        assertThat(sent.httpStatus()).isEqualTo(500);
        assertThat(sent.toCimException().kind()).isEqualTo(kind);
        assertThat(sent.toCimException().getMessage()).startsWith(sent.toCimException().getMessage().split(" \\(")[0] + " ("
                + subcode + ", WSManFault " + sent.wsmanCode() + "): ");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("<s:Value>" + subcode + "</s:Value>");
    }

    @Test
    void typedResponseMethodsThrowTheFaultsException() {
        byte[] bytes = ResponseWriter.fault(WsManFaults.invalidEnumerationContext("hv01"), "uuid:REQ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.pull(Samples.stream(bytes)))
                .isInstanceOfSatisfying(CimException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "invalid enumeration context (n:InvalidEnumerationContext, WSManFault 2150858779): The "
                                + "WS-Enumeration context in the enumeration is not valid. Enumeration may have been "
                                + "completed or canceled. You cannot use this enumeration context anymore. Start a new enumeration."));
    }
}
