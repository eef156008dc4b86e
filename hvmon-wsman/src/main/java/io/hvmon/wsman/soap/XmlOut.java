package io.hvmon.wsman.soap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small XML writer with explicit prefixes and namespace declarations (nothing is declared behind our back, so the
 * output matches Windows' shapes), text that is always well-formed XML 1.0, and splicing of pre-rendered items.
 *
 * <p>It writes into one {@link StringBuilder} the same bytes the JDK's non-repairing {@code XMLStreamWriter} wrote
 * before (it replaced it for speed: the endpoint renders every instance through here): {@code <p:name}, namespace
 * declarations and attributes as {@code name="value"}, an empty element as {@code <name/>}, an element without
 * content as {@code <name></name>}; text escapes {@code & < >}, attribute values also {@code "}.
 */
final class XmlOut {

    private final StringBuilder sink = new StringBuilder(4096);
    /** Qualified names of the open elements (not of empty ones, which close themselves). */
    private final List<String> open = new ArrayList<>();
    private boolean startTagOpen;
    private boolean emptyOpen;

    XmlOut start(String prefix, String localName, String namespace) {
        return startTag(qualified(prefix, localName), false);
    }

    /** An element without namespace (projection children). */
    XmlOut start(String localName) {
        return startTag(localName, false);
    }

    XmlOut empty(String prefix, String localName, String namespace) {
        return startTag(qualified(prefix, localName), true);
    }

    XmlOut empty(String localName) {
        return startTag(localName, true);
    }

    XmlOut ns(String prefix, String uri) {
        requireStartTag();
        if (prefix == null || prefix.isEmpty() || prefix.equals("xmlns")) {
            sink.append(" xmlns=\"");
        } else {
            sink.append(" xmlns:").append(prefix).append("=\"");
        }
        escape(uri, true);
        sink.append('"');
        return this;
    }

    XmlOut attr(String localName, String value) {
        requireStartTag();
        sink.append(' ').append(localName).append("=\"");
        escape(XmlChars.valid(value), true);
        sink.append('"');
        return this;
    }

    XmlOut attr(String prefix, String namespace, String localName, String value) {
        requireStartTag();
        sink.append(' ').append(qualified(prefix, localName)).append("=\"");
        escape(XmlChars.valid(value), true);
        sink.append('"');
        return this;
    }

    XmlOut nil() {
        return attr("xsi", WsNs.XSI, "nil", "true");
    }

    /** Text, escaped; carriage returns as {@code &#13;} so a parser does not fold them into line feeds. */
    XmlOut text(String text) {
        String t = XmlChars.valid(text);
        closeStartTag();
        int from = 0;
        for (int i = t.indexOf('\r'); i >= 0; i = t.indexOf('\r', from)) {
            escape(t.substring(from, i), false);
            sink.append("&#13;");
            from = i + 1;
        }
        escape(from == 0 ? t : t.substring(from), false);
        return this;
    }

    /** An element holding only text. */
    XmlOut element(String prefix, String localName, String namespace, String text) {
        return start(prefix, localName, namespace).text(text).end();
    }

    XmlOut end() {
        closeStartTag();
        if (open.isEmpty()) {
            throw new IllegalStateException("cannot write XML: no element to end");
        }
        sink.append("</").append(open.removeLast()).append('>');
        return this;
    }

    /** Pre-rendered, well-formed XML written as is (items rendered by {@link InstanceWriter}). */
    XmlOut raw(String xml) {
        closeStartTag();
        sink.append(xml);
        return this;
    }

    String string() {
        closeStartTag();
        return sink.toString();
    }

    byte[] bytes() {
        return string().getBytes(StandardCharsets.UTF_8);
    }

    private XmlOut startTag(String qualifiedName, boolean empty) {
        closeStartTag();
        sink.append('<').append(qualifiedName);
        startTagOpen = true;
        emptyOpen = empty;
        if (!empty) {
            open.add(qualifiedName);
        }
        return this;
    }

    private void closeStartTag() {
        if (startTagOpen) {
            sink.append(emptyOpen ? "/>" : ">");
            startTagOpen = false;
            emptyOpen = false;
        }
    }

    private void requireStartTag() {
        if (!startTagOpen) {
            throw new IllegalStateException("cannot write XML: an attribute or namespace outside a start tag");
        }
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private void escape(String s, boolean attribute) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String replacement = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (replacement != null) {
                sink.append(s, from, i).append(replacement);
                from = i + 1;
            }
        }
        sink.append(s, from, s.length());
    }
}
