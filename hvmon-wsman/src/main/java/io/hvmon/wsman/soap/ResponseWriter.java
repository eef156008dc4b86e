package io.hvmon.wsman.soap;

import io.hvmon.cim.CimInstance;
import java.util.List;

/**
 * Server side: writes responses in the shapes of the real Windows samples (wsman.md §3, §5, §6): envelope
 * {@code <s:Envelope xml:lang="en-US" xmlns:s xmlns:a xmlns:n xmlns:w>}, header Action, MessageID (a fresh
 * {@code uuid:}), To (anonymous), RelatesTo (the request's MessageID, verbatim); UTF-8, no XML declaration.
 */
public final class ResponseWriter {

    private ResponseWriter() {
    }

    /**
     * An EnumerateResponse. Optimized (items non-null): the context, {@code w:Items}, and when done an empty context
     * and {@code w:EndOfSequence}. Not optimized (items null): only the context.
     *
     * @param context the context to Pull with; ignored (written empty) when {@code endOfSequence}
     */
    public static byte[] enumerateResponse(String relatesTo, String context, List<RenderedItem> items,
                                           boolean endOfSequence) {
        XmlOut out = envelope(WsNs.ACTION_ENUMERATE_RESPONSE, relatesTo, false);
        out.start("n", "EnumerateResponse", WsNs.ENUMERATION);
        out.element("n", "EnumerationContext", WsNs.ENUMERATION, endOfSequence || context == null ? "" : context);
        if (items != null) {
            writeItems(out, "w", WsNs.WSMAN, items);
            if (endOfSequence) {
                out.empty("w", "EndOfSequence", WsNs.WSMAN);
            }
        }
        return finish(out.end());
    }

    /** A PullResponse: the context while more is to come, {@code n:Items}, and {@code n:EndOfSequence} on the last one. */
    public static byte[] pullResponse(String relatesTo, String context, List<RenderedItem> items, boolean endOfSequence) {
        XmlOut out = envelope(WsNs.ACTION_PULL_RESPONSE, relatesTo, false);
        out.start("n", "PullResponse", WsNs.ENUMERATION);
        if (!endOfSequence && context != null) {
            out.element("n", "EnumerationContext", WsNs.ENUMERATION, context);
        }
        writeItems(out, "n", WsNs.ENUMERATION, items);
        if (endOfSequence) {
            out.empty("n", "EndOfSequence", WsNs.ENUMERATION);
        }
        return finish(out.end());
    }

    public static byte[] releaseResponse(String relatesTo) {
        XmlOut out = envelope(WsNs.ACTION_RELEASE_RESPONSE, relatesTo, false);
        return finish(out);
    }

    /** A GetResponse: the bare instance element ({@link InstanceWriter#typed}). */
    public static byte[] getResponse(String relatesTo, RenderedItem instance) {
        return finish(envelope(WsNs.ACTION_GET_RESPONSE, relatesTo, true).raw(instance.xml()));
    }

    /** A method's response: action {@code <class URI>/<Method>Response}, body {@code <p:<Method>_OUTPUT>}. */
    public static byte[] invokeResponse(String relatesTo, String namespace, String className, String method,
                                        CimInstance output) {
        String action = ResourceUris.forClass(namespace, className) + "/" + method + "Response";
        return finish(envelope(action, relatesTo, false)
                .raw(InstanceWriter.methodOutput(namespace, className, method, output)));
    }

    /** An IdentifyResponse: empty header, no addressing (wsman.md §6). */
    public static byte[] identifyResponse(IdentifyResponse identity) {
        XmlOut out = new XmlOut().start("s", "Envelope", WsNs.SOAP).attr("xml", WsNs.XML, "lang", "en-US")
                .ns("s", WsNs.SOAP).empty("s", "Header", WsNs.SOAP).start("s", "Body", WsNs.SOAP);
        out.start("wsmid", "IdentifyResponse", WsNs.IDENTITY).ns("wsmid", WsNs.IDENTITY);
        out.element("wsmid", "ProtocolVersion", WsNs.IDENTITY, identity.protocolVersion());
        out.element("wsmid", "ProductVendor", WsNs.IDENTITY, identity.productVendor());
        out.element("wsmid", "ProductVersion", WsNs.IDENTITY, identity.productVersion());
        if (!identity.securityProfiles().isEmpty()) {
            out.start("wsmid", "SecurityProfiles", WsNs.IDENTITY);
            identity.securityProfiles().forEach(p -> out.element("wsmid", "SecurityProfileName", WsNs.IDENTITY, p));
            out.end();
        }
        return out.end().end().end().bytes();
    }

    /** A fault, shaped like the real 2008 R2 CannotProcessFilter sample; send it with {@link WsManFault#httpStatus()}. */
    public static byte[] fault(WsManFault fault, String relatesTo) {
        XmlOut out = new XmlOut().start("s", "Envelope", WsNs.SOAP).attr("xml", WsNs.XML, "lang", "en-US")
                .ns("a", WsNs.ADDRESSING).ns("e", WsNs.EVENTING).ns("n", WsNs.ENUMERATION).ns("p", WsNs.MS_WSMAN)
                .ns("s", WsNs.SOAP).ns("w", WsNs.WSMAN).ns("x", WsNs.TRANSFER);
        header(out, fault.action(), relatesTo);
        out.start("s", "Body", WsNs.SOAP).start("s", "Fault", WsNs.SOAP);
        out.start("s", "Code", WsNs.SOAP).element("s", "Value", WsNs.SOAP, "s:" + fault.code());
        if (fault.subcode() != null) {
            out.start("s", "Subcode", WsNs.SOAP).start("s", "Value", WsNs.SOAP);
            String prefix = WsNs.prefixOf(fault.subcodeNamespace());
            if (prefix == null || !List.of("a", "e", "n", "p", "s", "w", "x").contains(prefix)) {
                prefix = "sc";
                out.ns(prefix, fault.subcodeNamespace());
            }
            out.text(prefix + ":" + fault.subcode()).end().end();
        }
        out.end();
        out.start("s", "Reason", WsNs.SOAP).start("s", "Text", WsNs.SOAP).attr("xml", WsNs.XML, "lang", "en-US")
                .text(fault.reason()).end().end();
        out.start("s", "Detail", WsNs.SOAP);
        if (fault.faultDetail() != null) {
            out.element("w", "FaultDetail", WsNs.WSMAN, fault.faultDetail());
        }
        if (fault.wsmanCode() != null || fault.message() != null) {
            out.start("f", "WSManFault", WsNs.WSMAN_FAULT);
            if (fault.wsmanCode() != null) {
                out.attr("Code", Long.toString(fault.wsmanCode()));
            }
            out.attr("Machine", fault.machine() == null ? "" : fault.machine()).ns("f", WsNs.WSMAN_FAULT);
            out.element("f", "Message", WsNs.WSMAN_FAULT, fault.message() == null ? "" : fault.message());
            out.end();
        }
        return out.end().end().end().end().bytes();
    }

    private static XmlOut envelope(String action, String relatesTo, boolean transfer) {
        XmlOut out = new XmlOut().start("s", "Envelope", WsNs.SOAP).attr("xml", WsNs.XML, "lang", "en-US")
                .ns("s", WsNs.SOAP).ns("a", WsNs.ADDRESSING);
        if (transfer) {
            out.ns("x", WsNs.TRANSFER);
        } else {
            out.ns("n", WsNs.ENUMERATION);
        }
        out.ns("w", WsNs.WSMAN);
        header(out, action, relatesTo);
        return out.start("s", "Body", WsNs.SOAP);
    }

    private static void header(XmlOut out, String action, String relatesTo) {
        out.start("s", "Header", WsNs.SOAP);
        out.element("a", "Action", WsNs.ADDRESSING, action);
        out.element("a", "MessageID", WsNs.ADDRESSING, MessageIds.next());
        out.element("a", "To", WsNs.ADDRESSING, WsNs.ANONYMOUS);
        if (relatesTo != null) {
            out.element("a", "RelatesTo", WsNs.ADDRESSING, relatesTo);
        }
        out.end();
    }

    private static void writeItems(XmlOut out, String prefix, String namespace, List<RenderedItem> items) {
        out.start(prefix, "Items", namespace);
        for (RenderedItem item : items) {
            out.raw(item.xml());
        }
        out.end();
    }

    private static byte[] finish(XmlOut out) {
        return out.end().end().bytes(); // s:Body, s:Envelope
    }
}
