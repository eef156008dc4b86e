package io.hvmon.wsman.soap;

import io.hvmon.cim.CimDateTimes;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Renders instances the way Windows does (wsman.md §4): a typed instance in its class namespace with
 * {@code xsi:type="p:<Class>_Type"}, or a WQL projection as {@code w:XmlFragment} with unqualified children.
 * Properties come in case-insensitive alphabetical order (the order {@link CimInstance} keeps), a NULL scalar is
 * {@code xsi:nil="true"}, arrays are repeated elements, and a NULL array is left out altogether, as recorded replies
 * of real hosts show (hyperv-wmi.md §13, item 22); readers see an absent property as NULL. An empty array is written
 * as one nil element (unverified on Windows).
 */
public final class InstanceWriter {

    private InstanceWriter() {
    }

    /** A typed instance, e.g. {@code <p:Msvm_ComputerSystem xmlns:p=".../root/virtualization/v2/Msvm_ComputerSystem" ...>}. */
    public static RenderedItem typed(String namespace, CimInstance instance) {
        return RenderedItem.of(typedXml(namespace, instance, instance.className()));
    }

    /** A projection ({@code SELECT a, b FROM ...}): {@code <w:XmlFragment>} with unqualified children. */
    public static RenderedItem projection(String namespace, CimInstance instance) {
        XmlOut out = new XmlOut();
        out.start("w", "XmlFragment", WsNs.WSMAN).ns("xsi", WsNs.XSI).ns("w", WsNs.WSMAN);
        for (CimProperty p : instance.properties()) {
            writeProperty(out, new Names(null, null, 1, namespace), p, true);
        }
        return RenderedItem.of(out.end().string());
    }

    /** A method's output, {@code <p:<Method>_OUTPUT xmlns:p="<class URI>">}, as libvirt and virt-who read it. */
    static String methodOutput(String namespace, String className, String method, CimInstance output) {
        return typedXmlNamed(namespace, className, method + "_OUTPUT", output, false);
    }

    static String typedXml(String namespace, CimInstance instance, String className) {
        return typedXmlNamed(namespace, className, className, instance, true);
    }

    private static String typedXmlNamed(String namespace, String className, String element, CimInstance instance,
                                        boolean withType) {
        String uri = ResourceUris.forClass(namespace, className);
        XmlOut out = new XmlOut();
        out.start("p", element, uri).ns("xsi", WsNs.XSI).ns("p", uri).ns("cim", WsNs.CIM);
        if (withType) {
            out.attr("xsi", WsNs.XSI, "type", "p:" + className + "_Type");
        }
        Names names = new Names("p", uri, 1, namespace);
        for (CimProperty p : instance.properties()) {
            writeProperty(out, names, p, false);
        }
        return out.end().string();
    }

    /** The prefix and namespace properties are written in; embedded instances nest with prefixes q, q2, q3… */
    private record Names(String prefix, String uri, int depth, String namespace) {
        // The embedded class lives in the same WMI namespace as its container (inferred; wsman.md §3.6).
        Names nested(String className) {
            return new Names(depth == 1 ? "q" : "q" + depth, ResourceUris.forClass(namespace, className), depth + 1,
                    namespace);
        }
    }

    private static void writeProperty(XmlOut out, Names names, CimProperty p, boolean projection) {
        if (p.value() == null && p.array()) {
            return; // Windows omits NULL arrays (Roles, Dedicated, AvailableRequestedStates, ...) instead of nil-ing them
        }
        List<?> values = p.value() instanceof List<?> l ? l : null;
        if (p.value() == null || (values != null && values.isEmpty())) {
            startEmpty(out, names, p.name(), projection).nil();
            return;
        }
        for (Object v : values != null ? values : List.of(p.value())) {
            if (v == null) {
                startEmpty(out, names, p.name(), projection).nil();
            } else {
                writeValue(out, names, p, v, projection);
            }
        }
    }

    private static XmlOut startEmpty(XmlOut out, Names names, String name, boolean projection) {
        return names.prefix() == null ? out.empty(name) : out.empty(names.prefix(), name, names.uri());
    }

    private static void start(XmlOut out, Names names, String name) {
        if (names.prefix() == null) {
            out.start(name);
        } else {
            out.start(names.prefix(), name, names.uri());
        }
    }

    private static void writeValue(XmlOut out, Names names, CimProperty p, Object v, boolean projection) {
        start(out, names, p.name());
        switch (v) {
            case OffsetDateTime t -> cim(out, projection, "Datetime", CimDateTimes.formatXsDateTime(t));
            case Duration d -> cim(out, projection, "Interval", CimDateTimes.formatXsDuration(d));
            case CimReference r -> {
                out.ns("a", WsNs.ADDRESSING).ns("w", WsNs.WSMAN);
                Eprs.writeEprContent(out, r);
            }
            case CimInstance embedded -> {
                Names inner = names.nested(embedded.className());
                out.ns(inner.prefix(), inner.uri());
                if (projection) {
                    out.ns("xsi", WsNs.XSI);
                }
                out.attr("xsi", WsNs.XSI, "type", inner.prefix() + ":" + embedded.className() + "_Type");
                for (CimProperty child : embedded.properties()) {
                    writeProperty(out, inner, child, false);
                }
            }
            default -> out.text(ValueText.format(p.type(), v));
        }
        out.end();
    }

    private static void cim(XmlOut out, boolean projection, String element, String text) {
        out.start("cim", element, WsNs.CIM);
        if (projection) {
            out.ns("cim", WsNs.CIM); // an XmlFragment does not declare cim on its root
        }
        out.text(text).end();
    }
}
