package io.hvmon.wsman.soap;

import io.hvmon.cim.CimDateTimes;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Client side: writes a {@link WsManRequest} as the SOAP 1.2 envelope Windows clients send (wsman.md §3.1, §3.3,
 * §3.5, §3.6, §6), UTF-8 without an XML declaration.
 */
public final class RequestWriter {

    private RequestWriter() {
    }

    public static byte[] write(WsManRequest request) {
        if (request.operation() instanceof WsManOperation.Identify) {
            return identify();
        }
        XmlOut out = new XmlOut();
        out.start("s", "Envelope", WsNs.SOAP).ns("s", WsNs.SOAP).ns("a", WsNs.ADDRESSING).ns("n", WsNs.ENUMERATION)
                .ns("w", WsNs.WSMAN).ns("p", WsNs.MS_WSMAN);
        header(out, request);
        out.start("s", "Body", WsNs.SOAP);
        switch (request.operation()) {
            case WsManOperation.Enumerate e -> enumerate(out, e);
            case WsManOperation.Pull p -> {
                out.start("n", "Pull", WsNs.ENUMERATION).element("n", "EnumerationContext", WsNs.ENUMERATION, p.context());
                if (p.maxTime() != null) {
                    out.element("n", "MaxTime", WsNs.ENUMERATION, XsDurations.seconds(p.maxTime()));
                }
                if (p.maxElements() != null) {
                    out.element("n", "MaxElements", WsNs.ENUMERATION, p.maxElements().toString());
                }
                out.end();
            }
            case WsManOperation.Release r -> out.start("n", "Release", WsNs.ENUMERATION)
                    .element("n", "EnumerationContext", WsNs.ENUMERATION, r.context()).end();
            case WsManOperation.Invoke i -> invoke(out, request.resourceUri(), i);
            case WsManOperation.Get g -> {
                // Get has an empty body
            }
            case WsManOperation.Identify i -> throw new AssertionError("handled above");
        }
        return out.end().end().bytes();
    }

    private static byte[] identify() {
        return new XmlOut().start("s", "Envelope", WsNs.SOAP).ns("s", WsNs.SOAP).ns("wsmid", WsNs.IDENTITY)
                .empty("s", "Header", WsNs.SOAP)
                .start("s", "Body", WsNs.SOAP).empty("wsmid", "Identify", WsNs.IDENTITY).end()
                .end().bytes();
    }

    private static void header(XmlOut out, WsManRequest r) {
        out.start("s", "Header", WsNs.SOAP);
        if (r.to() != null) {
            out.element("a", "To", WsNs.ADDRESSING, r.to());
        }
        out.start("w", "ResourceURI", WsNs.WSMAN).attr("s", WsNs.SOAP, "mustUnderstand", "true").text(r.resourceUri()).end();
        out.start("a", "ReplyTo", WsNs.ADDRESSING)
                .start("a", "Address", WsNs.ADDRESSING).attr("s", WsNs.SOAP, "mustUnderstand", "true").text(WsNs.ANONYMOUS).end()
                .end();
        out.start("a", "Action", WsNs.ADDRESSING).attr("s", WsNs.SOAP, "mustUnderstand", "true").text(r.action()).end();
        if (r.maxEnvelopeSize() != null) {
            out.start("w", "MaxEnvelopeSize", WsNs.WSMAN).attr("s", WsNs.SOAP, "mustUnderstand", "true")
                    .text(r.maxEnvelopeSize().toString()).end();
        }
        out.element("a", "MessageID", WsNs.ADDRESSING, r.messageId());
        if (r.locale() != null) {
            out.empty("w", "Locale", WsNs.WSMAN).attr("xml", WsNs.XML, "lang", r.locale())
                    .attr("s", WsNs.SOAP, "mustUnderstand", "false");
        }
        if (r.dataLocale() != null) {
            out.empty("p", "DataLocale", WsNs.MS_WSMAN).attr("xml", WsNs.XML, "lang", r.dataLocale())
                    .attr("s", WsNs.SOAP, "mustUnderstand", "false");
        }
        if (r.operationTimeout() != null) {
            out.element("w", "OperationTimeout", WsNs.WSMAN, XsDurations.seconds(r.operationTimeout()));
        }
        if (!r.selectors().isEmpty()) {
            Eprs.writeSelectorSet(out, r.selectors());
        }
        out.end();
    }

    private static void enumerate(XmlOut out, WsManOperation.Enumerate e) {
        out.start("n", "Enumerate", WsNs.ENUMERATION);
        if (e.optimize()) {
            out.empty("w", "OptimizeEnumeration", WsNs.WSMAN);
        }
        if (e.maxElements() != null) {
            out.element("w", "MaxElements", WsNs.WSMAN, e.maxElements().toString());
        }
        if (e.filter() != null) {
            out.start("w", "Filter", WsNs.WSMAN).attr("Dialect", e.dialect() == null ? WsNs.WQL_DIALECT : e.dialect())
                    .text(e.filter()).end();
        }
        if (e.mode() != null) {
            out.element("w", "EnumerationMode", WsNs.WSMAN, e.mode());
        }
        out.end();
    }

    // <p:Method_INPUT xmlns:p="<class URI>">, parameters in that namespace, arrays repeated (libvirt's shape).
    private static void invoke(XmlOut out, String resourceUri, WsManOperation.Invoke invoke) {
        out.start("p", invoke.method() + "_INPUT", resourceUri).ns("p", resourceUri);
        for (CimProperty p : invoke.parameters()) {
            List<?> values = p.value() instanceof List<?> l ? l : p.value() == null ? List.of() : List.of(p.value());
            for (Object v : values) {
                if (v != null) {
                    parameter(out, resourceUri, p, v);
                }
            }
        }
        out.end();
    }

    private static void parameter(XmlOut out, String resourceUri, CimProperty p, Object v) {
        out.start("p", p.name(), resourceUri);
        switch (v) {
            case CimReference r -> {
                out.ns("a", WsNs.ADDRESSING).ns("w", WsNs.WSMAN);
                Eprs.writeEprContent(out, r);
            }
            case OffsetDateTime t -> out.start("cim", "Datetime", WsNs.CIM).ns("cim", WsNs.CIM)
                    .text(CimDateTimes.formatXsDateTime(t)).end();
            case Duration d -> out.start("cim", "Interval", WsNs.CIM).ns("cim", WsNs.CIM)
                    .text(CimDateTimes.formatXsDuration(d)).end();
            case CimInstance i -> out.text(CimXml.write(i));
            default -> out.text(ValueText.format(p.type(), v));
        }
        out.end();
    }
}
