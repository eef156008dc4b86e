package io.hvmon.wsman.soap;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin StAX writer with explicit prefixes and namespace declarations (nothing is declared behind our back, so the
 * output matches Windows' shapes), text that is always well-formed XML 1.0, and splicing of pre-rendered items.
 */
final class XmlOut {

    private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal.withInitial(XMLOutputFactory::newDefaultFactory);

    private final StringWriter sink = new StringWriter(4096);
    private final XMLStreamWriter w;

    XmlOut() {
        try {
            w = FACTORY.get().createXMLStreamWriter(sink);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("StAX writer unavailable", e);
        }
    }

    XmlOut start(String prefix, String localName, String namespace) {
        return run(() -> w.writeStartElement(prefix, localName, namespace));
    }

    /** An element without namespace (projection children). */
    XmlOut start(String localName) {
        return run(() -> w.writeStartElement(localName));
    }

    XmlOut empty(String prefix, String localName, String namespace) {
        return run(() -> w.writeEmptyElement(prefix, localName, namespace));
    }

    XmlOut empty(String localName) {
        return run(() -> w.writeEmptyElement(localName));
    }

    XmlOut ns(String prefix, String uri) {
        return run(() -> w.writeNamespace(prefix, uri));
    }

    XmlOut attr(String localName, String value) {
        return run(() -> w.writeAttribute(localName, XmlChars.valid(value)));
    }

    XmlOut attr(String prefix, String namespace, String localName, String value) {
        return run(() -> w.writeAttribute(prefix, namespace, localName, XmlChars.valid(value)));
    }

    XmlOut nil() {
        return attr("xsi", WsNs.XSI, "nil", "true");
    }

    /** Text, escaped; carriage returns as {@code &#13;} so a parser does not fold them into line feeds. */
    XmlOut text(String text) {
        String t = XmlChars.valid(text);
        return run(() -> {
            int from = 0;
            for (int i = t.indexOf('\r'); i >= 0; i = t.indexOf('\r', from)) {
                w.writeCharacters(t.substring(from, i));
                w.writeEntityRef("#13");
                from = i + 1;
            }
            w.writeCharacters(t.substring(from));
        });
    }

    /** An element holding only text. */
    XmlOut element(String prefix, String localName, String namespace, String text) {
        return start(prefix, localName, namespace).text(text).end();
    }

    XmlOut end() {
        return run(w::writeEndElement);
    }

    /** Pre-rendered, well-formed XML written as is (items rendered by {@link InstanceWriter}). */
    XmlOut raw(String xml) {
        return run(() -> {
            w.writeCharacters(""); // closes a pending start tag
            w.flush();
            sink.write(xml);
        });
    }

    String string() {
        run(w::flush);
        return sink.toString();
    }

    byte[] bytes() {
        return string().getBytes(StandardCharsets.UTF_8);
    }

    private XmlOut run(Action action) {
        try {
            action.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws XMLStreamException, IOException;
    }
}
