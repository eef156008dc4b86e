package io.hvmon.wsman.soap;

import io.hvmon.cim.CimReference;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Endpoint references (EPRs) and selector sets: how WS-Man writes a CIM reference, in REF properties, method
 * parameters and the SelectorSet header of Get and Invoke (wsman.md §3.5, §3.6, §4).
 */
final class Eprs {

    /** The selector WMI uses for a namespace that the resource URI does not give. */
    static final String CIM_NAMESPACE_SELECTOR = "__cimnamespace";

    private Eprs() {
    }

    /** On the start of a w:SelectorSet: its selectors in document order. */
    static Map<String, String> readSelectorSet(XmlCursor x) {
        Map<String, String> selectors = new LinkedHashMap<>();
        while (x.nextChild()) {
            if (!x.is(WsNs.WSMAN, "Selector")) {
                x.skipElement();
                continue;
            }
            String name = x.attribute("", "Name");
            if (name == null || name.isBlank()) {
                throw XmlInputException.malformed("a w:Selector without a Name");
            }
            if (selectors.size() >= x.limits().maxItems()) {
                throw XmlInputException.overLimit("more than " + x.limits().maxItems() + " selectors");
            }
            selectors.put(name, x.readText());
        }
        return selectors;
    }

    /**
     * Reads the EPR children of the element that holds it, the cursor being on its first child (a:Address or
     * a:ReferenceParameters); ends on the holder's end.
     */
    static CimReference readEprFromFirstChild(XmlCursor x) {
        String resourceUri = null;
        Map<String, String> selectors = Map.of();
        do {
            if (x.is(WsNs.ADDRESSING, "ReferenceParameters")) {
                while (x.nextChild()) {
                    if (x.is(WsNs.WSMAN, "ResourceURI")) {
                        resourceUri = x.readText().strip();
                    } else if (x.is(WsNs.WSMAN, "SelectorSet")) {
                        selectors = readSelectorSet(x);
                    } else {
                        x.skipElement();
                    }
                }
            } else {
                x.skipElement(); // a:Address is always the anonymous role for WMI objects
            }
        } while (x.nextChild());
        return toReference(resourceUri, selectors);
    }

    /** A reference from a resource URI and selectors; a {@code __cimnamespace} selector gives the namespace. */
    static CimReference toReference(String resourceUri, Map<String, String> selectors) {
        if (resourceUri == null || resourceUri.isEmpty()) {
            throw XmlInputException.malformed("an endpoint reference without a w:ResourceURI");
        }
        ResourceUris.Parsed parsed = ResourceUris.parse(resourceUri);
        String className = parsed != null ? parsed.className() : resourceUri.substring(resourceUri.lastIndexOf('/') + 1);
        String namespace = parsed != null ? parsed.namespace() : null;
        Map<String, String> keys = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : selectors.entrySet()) {
            if (e.getKey().equalsIgnoreCase(CIM_NAMESPACE_SELECTOR)) {
                namespace = e.getValue();
            } else {
                keys.put(e.getKey(), e.getValue());
            }
        }
        return new CimReference(namespace, className, keys);
    }

    /** Writes a:Address and a:ReferenceParameters inside an already started holder that declares a and w. */
    static void writeEprContent(XmlOut out, CimReference ref) {
        out.element("a", "Address", WsNs.ADDRESSING, WsNs.ANONYMOUS);
        out.start("a", "ReferenceParameters", WsNs.ADDRESSING);
        out.element("w", "ResourceURI", WsNs.WSMAN, ResourceUris.forClass(ref.namespace(), ref.className()));
        writeSelectorSet(out, ref.keys());
        out.end();
    }

    static void writeSelectorSet(XmlOut out, Map<String, String> selectors) {
        out.start("w", "SelectorSet", WsNs.WSMAN);
        for (Map.Entry<String, String> e : selectors.entrySet()) {
            out.start("w", "Selector", WsNs.WSMAN).attr("Name", e.getKey()).text(e.getValue()).end();
        }
        out.end();
    }
}
