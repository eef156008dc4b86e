package io.hvmon.wsman.soap;

import io.hvmon.cim.CimInstance;
import javax.xml.stream.XMLStreamConstants;

/** Reads an {@code s:Fault} body element, both the f:WSManFault (2008 R2) and the MSFT_WmiError (2012+) detail styles. */
final class FaultReader {

    private final XmlCursor x;
    private String code = "";
    private String subcodeNamespace = "";
    private String subcode;
    private String reason;
    private String faultDetail;
    private Long wsmanCode;
    private String machine;
    private String message;
    private String provider;
    private CimInstance wmiError;

    private FaultReader(XmlCursor x) {
        this.x = x;
    }

    /** On the start of s:Fault: reads it to its end. */
    static WsManFault read(XmlCursor x, String action, int httpStatus) {
        FaultReader r = new FaultReader(x);
        r.readFault();
        return new WsManFault(action, r.code, r.subcodeNamespace, r.subcode, r.reason, r.faultDetail, r.wsmanCode,
                r.machine, r.message, r.provider, r.wmiError, httpStatus);
    }

    private void readFault() {
        while (x.nextChild()) {
            if (x.is(WsNs.SOAP, "Code")) {
                readCode();
            } else if (x.is(WsNs.SOAP, "Reason")) {
                while (x.nextChild()) {
                    if (x.is(WsNs.SOAP, "Text") && reason == null) {
                        reason = x.readText();
                    } else {
                        x.skipElement();
                    }
                }
            } else if (x.is(WsNs.SOAP, "Detail")) {
                readDetail();
            } else {
                x.skipElement();
            }
        }
    }

    private void readCode() {
        while (x.nextChild()) {
            if (x.is(WsNs.SOAP, "Value")) {
                code = localPart(x.readText());
            } else if (x.is(WsNs.SOAP, "Subcode")) {
                while (x.nextChild()) {
                    if (x.is(WsNs.SOAP, "Value") && subcode == null) {
                        String value = x.readText().strip(); // the namespace context is still this element's
                        int colon = value.indexOf(':');
                        subcodeNamespace = colon < 0 ? "" : x.namespaceOfPrefix(value.substring(0, colon));
                        subcode = value.substring(colon + 1);
                    } else {
                        x.skipElement(); // a nested Subcode adds nothing hvmon uses
                    }
                }
            } else {
                x.skipElement();
            }
        }
    }

    private void readDetail() {
        while (x.nextChild()) {
            if (x.is(WsNs.WSMAN_FAULT, "WSManFault")) {
                Nested outer = readWsManFault();
                wsmanCode = outer.code();
                machine = outer.machine();
                message = outer.message();
            } else if (x.localName().equals("MSFT_WmiError")) {
                wmiError = new InstanceReader(x).read("MSFT_WmiError");
            } else if (x.is(WsNs.WSMAN, "FaultDetail")) {
                faultDetail = x.readText().strip();
            } else {
                x.skipElement();
            }
        }
    }

    private record Nested(Long code, String machine, String message) {
    }

    /** On an f:WSManFault: its code, machine and message; a provider's nested WSManFault message is more specific. */
    private Nested readWsManFault() {
        Long faultCode = parseCode(x.attribute("", "Code"));
        String faultMachine = x.attribute("", "Machine");
        String text = null;
        while (x.nextChild()) {
            if (x.is(WsNs.WSMAN_FAULT, "Message")) {
                text = readMessage();
            } else {
                x.skipElement();
            }
        }
        return new Nested(faultCode, faultMachine, text);
    }

    /** f:Message is mixed content: text, or an f:ProviderFault holding text and/or a nested f:WSManFault. */
    private String readMessage() {
        StringBuilder own = new StringBuilder();
        String nested = null;
        while (true) {
            switch (x.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> x.appendText(own);
                case XMLStreamConstants.START_ELEMENT -> {
                    if (x.is(WsNs.WSMAN_FAULT, "ProviderFault")) {
                        provider = x.attribute("", "provider");
                        String inner = readProviderFault(own);
                        nested = inner != null ? inner : nested;
                    } else {
                        x.skipElement();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return nested != null ? nested : own.toString();
                }
                default -> {
                }
            }
        }
    }

    private String readProviderFault(StringBuilder own) {
        String nested = null;
        while (true) {
            switch (x.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> x.appendText(own);
                case XMLStreamConstants.START_ELEMENT -> {
                    if (x.is(WsNs.WSMAN_FAULT, "WSManFault")) {
                        Nested inner = readWsManFault();
                        nested = inner.message() != null && !inner.message().isBlank() ? inner.message() : nested;
                    } else {
                        x.skipElement(); // f:ExtendedError with __ExtendedStatus
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return nested;
                }
                default -> {
                }
            }
        }
    }

    private static Long parseCode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseUnsignedLong(text.strip());
        } catch (NumberFormatException e) {
            return null; // a code Windows did not write as a number is still a fault worth reporting
        }
    }

    private static String localPart(String qname) {
        String q = qname.strip();
        return q.substring(q.indexOf(':') + 1);
    }
}
