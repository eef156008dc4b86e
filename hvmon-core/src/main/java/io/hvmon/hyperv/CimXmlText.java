package io.hvmon.hyperv;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one DMTF CIM-XML {@code <INSTANCE>} held in a string property: the KVP items of
 * Msvm_KvpExchangeComponent, and embedded instances a source delivers as text. Every value stays text
 * ({@link CimType#STRING}, arrays of text): {@link CimInstance}'s getters read numbers and booleans from text, and
 * {@link CimValues} reads datetimes.
 *
 * <p>The text comes from a guest (KVP data is written by whoever runs the VM), so it is treated as hostile: no DTD,
 * no entities of any kind, a size cap on the text, on the number of properties and array elements, and on nesting.
 * Anything else is an {@link IllegalArgumentException}.
 */
public final class CimXmlText {

    /** Name and Data are at most 1,024 characters each; a real item is well under 2 KB. */
    public static final int MAX_CHARS = 64 * 1024;
    static final int MAX_PROPERTIES = 256;
    static final int MAX_ARRAY_ELEMENTS = 1024;
    private static final int MAX_DEPTH = 8;

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    });

    private CimXmlText() {
    }

    public static CimInstance parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException("empty CIM-XML instance");
        }
        if (xml.length() > MAX_CHARS) {
            throw new IllegalArgumentException("CIM-XML instance of " + xml.length() + " characters exceeds " + MAX_CHARS);
        }
        XMLStreamReader x = null;
        try {
            x = FACTORY.get().createXMLStreamReader(new StringReader(xml));
            String className = null;
            List<CimProperty> properties = new ArrayList<>();
            int depth = 0;
            while (x.hasNext()) {
                int event = x.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new IllegalArgumentException("CIM-XML instance with a DOCTYPE refused");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new IllegalArgumentException("CIM-XML instance with an entity reference refused");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth == 1) {
                            if (!x.getLocalName().equals("INSTANCE")) {
                                throw new IllegalArgumentException("expected <INSTANCE>, found <" + x.getLocalName() + ">");
                            }
                            className = x.getAttributeValue(null, "CLASSNAME");
                        } else if (depth == 2 && isProperty(x.getLocalName())) {
                            if (properties.size() == MAX_PROPERTIES) {
                                throw new IllegalArgumentException("CIM-XML instance has more than " + MAX_PROPERTIES + " properties");
                            }
                            properties.add(readProperty(x));
                            depth--; // readProperty consumed the end tag
                        } else if (depth > MAX_DEPTH) {
                            throw new IllegalArgumentException("CIM-XML instance nested deeper than " + MAX_DEPTH);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
            }
            return new CimInstance(className == null || className.isBlank() ? "INSTANCE" : className, properties);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("malformed CIM-XML instance: " + e.getMessage(), e);
        } finally {
            close(x);
        }
    }

    private static boolean isProperty(String element) {
        return element.equals("PROPERTY") || element.equals("PROPERTY.ARRAY");
    }

    // On <PROPERTY> or <PROPERTY.ARRAY>: reads to its end tag. No VALUE child is NULL.
    private static CimProperty readProperty(XMLStreamReader x) throws XMLStreamException {
        String name = x.getAttributeValue(null, "NAME");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("CIM-XML property without a NAME");
        }
        boolean array = x.getLocalName().equals("PROPERTY.ARRAY");
        List<String> values = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new IllegalArgumentException("CIM-XML property " + name + " with an entity refused");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (x.getLocalName().equals("VALUE")) {
                        if (values.size() == MAX_ARRAY_ELEMENTS) {
                            throw new IllegalArgumentException("CIM-XML property " + name + " has too many values");
                        }
                        values.add(x.getElementText()); // leaves us on </VALUE>
                    } else if (++depth > MAX_DEPTH) {
                        throw new IllegalArgumentException("CIM-XML property " + name + " nested too deep");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        if (array) {
            return values.isEmpty() ? CimProperty.nullValue(name, CimType.STRING, true)
                    : CimProperty.array(name, CimType.STRING, values);
        }
        // Windows pretty-prints the sample with indentation inside VALUE-less properties; a VALUE's text is kept as is.
        return CimProperty.scalar(name, CimType.STRING, values.isEmpty() ? null : values.getFirst());
    }

    private static void close(XMLStreamReader x) {
        if (x != null) {
            try {
                x.close();
            } catch (XMLStreamException ignored) {
                // nothing to release for a string source
            }
        }
    }
}
