package io.hvmon.wsman.soap;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * A document as comparable lines: every element with its prefix, namespace, namespace declarations and attributes
 * in document order, and its non-blank text (stripped). Pretty-printing whitespace does not count; prefixes,
 * declarations, order and values do.
 */
final class XmlShape {

    private XmlShape() {
    }

    static List<String> of(byte[] xml) throws Exception {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String element = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
                continue;
            }
            if (!text.toString().isBlank()) {
                // MessageIDs are fresh on every response: only their form is compared.
                String t = "MessageID".equals(element) ? text.toString().strip().replaceAll("[0-9A-F-]{36}", "GUID")
                        : text.toString().strip();
                lines.add("  text " + t);
            }
            text.setLength(0);
            if (event == XMLStreamConstants.START_ELEMENT) {
                element = r.getLocalName();
                StringBuilder line = new StringBuilder("<").append(r.getPrefix()).append(':').append(r.getLocalName())
                        .append(" {").append(r.getNamespaceURI()).append('}');
                for (int i = 0; i < r.getNamespaceCount(); i++) {
                    line.append(" xmlns:").append(r.getNamespacePrefix(i)).append('=').append(r.getNamespaceURI(i));
                }
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    line.append(' ').append(r.getAttributePrefix(i)).append(':').append(r.getAttributeLocalName(i))
                            .append('=').append(r.getAttributeValue(i));
                }
                lines.add(line.toString());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                lines.add("</" + r.getPrefix() + ':' + r.getLocalName());
                element = null;
            }
        }
        return lines;
    }

    /** The lines from the first start of an element with this local name to its end. */
    static List<String> element(List<String> lines, String localName, int occurrence) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("<[^ ]*:" + localName + " .*") && seen++ == occurrence) {
                int depth = 0;
                for (int j = i; j < lines.size(); j++) {
                    if (lines.get(j).startsWith("</")) {
                        depth--;
                    } else if (lines.get(j).startsWith("<")) {
                        depth++;
                    }
                    if (depth == 0) {
                        return lines.subList(i, j + 1);
                    }
                }
            }
        }
        throw new AssertionError("no " + localName + " #" + occurrence);
    }
}
