package io.hvmon.wsman.soap;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only walk over one XML document with the security rules built in: no DTD (a DOCTYPE is refused outright,
 * so no entity is ever declared, expanded or fetched), and the {@link SoapLimits} caps checked on every event. Every
 * failure is an {@link XmlInputException}.
 */
final class XmlCursor implements AutoCloseable {

    // One factory per thread: the JDK's factory is not documented as thread-safe.
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlCursor::secureFactory);

    private final XMLStreamReader reader;
    private final SoapLimits limits;
    private int depth;
    private int elements;

    private XmlCursor(XMLStreamReader reader, SoapLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    static XmlCursor open(InputStream in, SoapLimits limits) {
        try {
            return new XmlCursor(FACTORY.get().createXMLStreamReader(new CappedInputStream(in, limits.maxBytes())), limits);
        } catch (XMLStreamException e) {
            throw translate(e, limits);
        }
    }

    /** For XML carried inside a text value (CIM-XML embedded instances); the text is already bounded. */
    static XmlCursor open(Reader in, SoapLimits limits) {
        try {
            return new XmlCursor(FACTORY.get().createXMLStreamReader(in), limits);
        } catch (XMLStreamException e) {
            throw translate(e, limits);
        }
    }

    private static XMLInputFactory secureFactory() {
        // The JDK's own implementation, never whatever a classpath jar registers.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Without a DTD only the five predefined entities and character references exist; replacing them is safe.
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entities are refused: " + systemId);
        });
        return f;
    }

    /** Advances one event, enforcing the caps. Returns the event type. */
    int next() {
        try {
            if (!reader.hasNext()) {
                throw XmlInputException.malformed("the XML document ended unexpectedly");
            }
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > limits.maxDepth()) {
                        throw XmlInputException.overLimit("XML nested deeper than " + limits.maxDepth() + " elements");
                    }
                    if (++elements > limits.maxElements()) {
                        throw XmlInputException.overLimit("XML has more than " + limits.maxElements() + " elements");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.DTD -> throw XmlInputException.malformed("a DOCTYPE is not allowed in a SOAP message");
                case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                        throw XmlInputException.malformed("entity references are not allowed in a SOAP message");
                default -> {
                }
            }
            return event;
        } catch (XMLStreamException e) {
            throw translate(e, limits);
        } catch (XmlInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw XmlInputException.malformed("malformed XML: " + e.getMessage());
        }
    }

    /** Moves to the document element. */
    void enterRoot() {
        while (next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: comments, processing instructions, whitespace
        }
    }

    /**
     * From the start of a parent (or the end of its previous child), moves to the next child element: true when on
     * its start, false when on the parent's end. Text between children must be blank.
     */
    boolean nextChild() {
        while (true) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!reader.isWhiteSpace()) {
                        throw XmlInputException.malformed("unexpected text '" + abbreviate(reader.getText())
                                + "' between elements near line " + line());
                    }
                }
                default -> {
                }
            }
        }
    }

    /** On a start element: reads its text up to its end. A child element is an error. */
    String readText() {
        StringBuilder text = new StringBuilder();
        String element = localName();
        while (true) {
            switch (next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> appendText(text);
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw XmlInputException.malformed(
                        "element " + element + " should hold text but holds element " + localName());
                default -> {
                }
            }
        }
    }

    /** Appends the current text event, refusing a value over the text cap. */
    void appendText(StringBuilder text) {
        if (text.length() + reader.getTextLength() > limits.maxTextChars()) {
            throw XmlInputException.overLimit("an XML text value is longer than " + limits.maxTextChars() + " characters");
        }
        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    }

    /** On a start element: moves to its end, skipping everything inside (still counted against the caps). */
    void skipElement() {
        int target = depth - 1;
        while (depth > target) {
            next();
        }
    }

    /** Reads to the end of the document, so trailing garbage or truncation is still noticed. */
    void finish() {
        try {
            while (reader.hasNext()) {
                if (next() == XMLStreamConstants.START_ELEMENT) {
                    throw XmlInputException.malformed("more than one document element");
                }
            }
        } catch (XMLStreamException e) {
            throw translate(e, limits);
        }
    }

    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    String localName() {
        return reader.getLocalName();
    }

    boolean is(String namespace, String localName) {
        return namespace().equals(namespace) && localName().equals(localName);
    }

    /** An attribute by namespace and local name; an empty namespace means an unqualified attribute. */
    String attribute(String namespace, String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            if (localName.equals(reader.getAttributeLocalName(i)) && namespace.equals(ns == null ? "" : ns)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    boolean isNil() {
        String nil = attribute(WsNs.XSI, "nil");
        return nil != null && (nil.strip().equals("true") || nil.strip().equals("1"));
    }

    /** The namespace URI a prefix in a QName-valued text (xsi:type, a fault subcode) stands for here, or "". */
    String namespaceOfPrefix(String prefix) {
        String ns = reader.getNamespaceContext().getNamespaceURI(prefix == null ? "" : prefix);
        return ns == null ? "" : ns;
    }

    int line() {
        return reader.getLocation() == null ? -1 : reader.getLocation().getLineNumber();
    }

    SoapLimits limits() {
        return limits;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // nothing was held but the stream the caller owns
        }
    }

    static XmlInputException translate(XMLStreamException e, SoapLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CappedInputStream.TooLarge) {
                return XmlInputException.overLimit("the message is larger than " + limits.maxBytes() + " bytes");
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof CappedInputStream.TooLarge) {
                return XmlInputException.overLimit("the message is larger than " + limits.maxBytes() + " bytes");
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ").strip();
        return XmlInputException.malformed("malformed XML: " + abbreviate(message));
    }

    static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 200 ? t : t.substring(0, 200) + "…";
    }
}
