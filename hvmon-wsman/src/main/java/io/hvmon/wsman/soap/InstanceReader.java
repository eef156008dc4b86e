package io.hvmon.wsman.soap;

import io.hvmon.cim.CimDateTimes;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads one WS-Man rendered instance (wsman.md §4) into a {@link CimInstance}: typed instances, w:XmlFragment
 * projections, method _INPUT/_OUTPUT elements and embedded instances all share the shape "an element whose children
 * are properties". The wire has no types for plain text, so text stays {@link CimType#STRING}; only structure
 * (cim:Datetime, cim:Interval, EPRs, nested properties) and explicit {@code cim:cim*} xsi:types give a type.
 */
final class InstanceReader {

    private record Value(CimType type, Object value) {
    }

    private final XmlCursor x;

    InstanceReader(XmlCursor x) {
        this.x = x;
    }

    /**
     * On the start of an instance element: reads it to its end.
     *
     * @param className the class to give it, or null to take it from xsi:type, the namespace or the element name
     */
    CimInstance read(String className) {
        return read(className, null);
    }

    /**
     * As {@link #read(String)}; an instance that would be named XmlFragment (a projection, which carries no class) is
     * named {@code fragmentClass} instead when that is not null.
     */
    CimInstance read(String className, String fragmentClass) {
        String name = className != null ? className : classNameHere();
        if (fragmentClass != null && name.equals("XmlFragment")) {
            name = fragmentClass;
        }
        if (x.isNil()) {
            x.skipElement();
            return new CimInstance(name, List.of());
        }
        return x.nextChild() ? readProperties(name) : new CimInstance(name, List.of());
    }

    /** With the cursor on the first property's start: reads every property up to the instance element's end. */
    private CimInstance readProperties(String className) {
        // Names in order of first appearance, each with its values: a Value while it has one, a List<Value> for more.
        // Windows sends properties sorted and an array's elements one after the other: while that holds, a name is
        // either the previous one again or new; only once the order breaks are the earlier names searched.
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        boolean ordered = true; // every name so far sorted strictly after the one before
        do {
            String name = x.localName();
            int last = names.size() - 1;
            int index;
            if (last >= 0 && name.equals(names.get(last))) {
                index = last;
            } else if (ordered && (last < 0 || String.CASE_INSENSITIVE_ORDER.compare(name, names.get(last)) > 0)) {
                index = -1; // after every earlier name: new
            } else {
                ordered = false;
                index = names.indexOf(name);
            }
            if (index < 0) {
                names.add(name);
                values.add(readValue());
                continue;
            }
            Object held = values.get(index);
            List<Value> list;
            if (held instanceof Value single) {
                list = new ArrayList<>(4);
                list.add(single);
                values.set(index, list);
            } else {
                @SuppressWarnings("unchecked")
                List<Value> already = (List<Value>) held;
                list = already;
            }
            if (list.size() >= x.limits().maxItems()) {
                throw XmlInputException.overLimit("property " + name + " repeats more than " + x.limits().maxItems() + " times");
            }
            list.add(readValue());
        } while (x.nextChild());
        List<CimProperty> properties = new ArrayList<>(names.size());
        try {
            for (int i = 0; i < names.size(); i++) {
                @SuppressWarnings("unchecked")
                List<Value> list = values.get(i) instanceof Value single ? List.of(single) : (List<Value>) values.get(i);
                properties.add(toProperty(names.get(i), list));
            }
            return new CimInstance(className, properties);
        } catch (IllegalArgumentException e) {
            throw XmlInputException.malformed("instance " + className + ": " + e.getMessage());
        }
    }

    // One element repeated is an array; once, a scalar (a one-element array looks the same on the wire).
    private static CimProperty toProperty(String name, List<Value> values) {
        if (values.size() == 1) {
            Value v = values.getFirst();
            return CimProperty.scalar(name, v.type(), v.value());
        }
        CimType type = values.getFirst().type();
        for (Value v : values) {
            if (v.value() != null) {
                type = v.type();
                break;
            }
        }
        List<Object> list = new ArrayList<>(values.size());
        for (Value v : values) {
            if (v.value() != null && v.type() != type) {
                throw new IllegalArgumentException("array " + name + " mixes " + type.mofName() + " and " + v.type().mofName());
            }
            list.add(v.value());
        }
        return CimProperty.array(name, type, list);
    }

    /** On a property's start: reads its value to its end. */
    private Value readValue() {
        String name = x.localName();
        String xsiType = x.attribute(WsNs.XSI, "type");
        CimType declared = cimTypeOf(xsiType);
        if (x.isNil()) {
            x.skipElement();
            return new Value(declared != null ? declared : CimType.STRING, null);
        }
        String embeddedClass = typeClassName(xsiType);
        StringBuilder text = new StringBuilder();
        while (true) {
            switch (x.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> x.appendText(text);
                case XMLStreamConstants.END_ELEMENT -> {
                    if (embeddedClass != null && declared == null && text.isEmpty()) {
                        return new Value(CimType.INSTANCE, new CimInstance(embeddedClass, List.of()));
                    }
                    return typedText(name, declared, text.toString());
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!text.toString().isBlank()) {
                        throw XmlInputException.malformed("property " + name + " mixes text and elements");
                    }
                    return readStructured(name, embeddedClass);
                }
                default -> {
                }
            }
        }
    }

    /** On the first child of a property: a datetime, an interval, an EPR or an embedded instance. */
    private Value readStructured(String property, String embeddedClass) {
        if (x.namespace().equals(WsNs.CIM)) {
            String kind = x.localName();
            String text = x.readText();
            if (x.nextChild()) {
                throw XmlInputException.malformed("property " + property + " has more than one cim:" + kind);
            }
            try {
                return switch (kind) {
                    case "Datetime" -> new Value(CimType.DATETIME, CimDateTimes.parseXsDateTime(text));
                    case "Interval" -> new Value(CimType.DATETIME, CimDateTimes.parseXsDuration(text));
                    case "Date" -> new Value(CimType.DATETIME, LenientDates.parseDate(text));
                    default -> new Value(CimType.STRING, text.strip()); // cim:Time and unknown forms: keep the text
                };
            } catch (IllegalArgumentException e) {
                throw XmlInputException.malformed("property " + property + ": " + e.getMessage());
            }
        }
        if (x.namespace().equals(WsNs.ADDRESSING)) {
            return new Value(CimType.REFERENCE, Eprs.readEprFromFirstChild(x));
        }
        String className = embeddedClass != null ? embeddedClass : classFromNamespace(x.namespace(), property);
        return new Value(CimType.INSTANCE, readProperties(className));
    }

    private Value typedText(String property, CimType declared, String text) {
        if (declared == null || declared == CimType.STRING) {
            return new Value(CimType.STRING, text);
        }
        String t = text.strip();
        try {
            Object value = switch (declared) {
                case BOOLEAN -> {
                    if (!t.equals("true") && !t.equals("false") && !t.equals("1") && !t.equals("0")) {
                        throw new IllegalArgumentException("not a boolean");
                    }
                    yield t.equals("true") || t.equals("1");
                }
                case REAL32, REAL64 -> Double.valueOf(t.replace("INF", "Infinity"));
                case CHAR16 -> text;
                default -> declared.isUnsigned() ? Long.parseUnsignedLong(t) : Long.parseLong(t);
            };
            return new Value(declared, value);
        } catch (IllegalArgumentException e) {
            throw XmlInputException.malformed("property " + property + " is typed " + declared.mofName()
                    + " but holds '" + XmlCursor.abbreviate(text) + "'");
        }
    }

    /** A class from an xsi:type like {@code p:Win32_Process_Type}, or null. */
    private String typeClassName(String xsiType) {
        if (xsiType == null) {
            return null;
        }
        String local = xsiType.substring(xsiType.indexOf(':') + 1).strip();
        return local.endsWith("_Type") && local.length() > 5 ? local.substring(0, local.length() - 5) : null;
    }

    /** The explicit CIM type of {@code xsi:type="cim:cimUnsignedInt"} and the like (MSFT_WmiError), or null. */
    private CimType cimTypeOf(String xsiType) {
        if (xsiType == null || xsiType.indexOf(':') < 0) {
            return null;
        }
        int colon = xsiType.indexOf(':');
        if (!x.namespaceOfPrefix(xsiType.substring(0, colon)).equals(WsNs.CIM)) {
            return null;
        }
        return switch (xsiType.substring(colon + 1)) {
            case "cimBoolean" -> CimType.BOOLEAN;
            case "cimByte" -> CimType.SINT8;
            case "cimUnsignedByte" -> CimType.UINT8;
            case "cimShort" -> CimType.SINT16;
            case "cimUnsignedShort" -> CimType.UINT16;
            case "cimInt" -> CimType.SINT32;
            case "cimUnsignedInt" -> CimType.UINT32;
            case "cimLong" -> CimType.SINT64;
            case "cimUnsignedLong" -> CimType.UINT64;
            case "cimFloat" -> CimType.REAL32;
            case "cimDouble" -> CimType.REAL64;
            case "cimChar16" -> CimType.CHAR16;
            case "cimString" -> CimType.STRING;
            default -> null;
        };
    }

    private String classNameHere() {
        String fromType = typeClassName(x.attribute(WsNs.XSI, "type"));
        return fromType != null ? fromType : classFromNamespace(x.namespace(), x.localName());
    }

    private static String classFromNamespace(String namespace, String fallback) {
        ResourceUris.Parsed parsed = ResourceUris.parse(namespace);
        return parsed != null && !parsed.isAllClasses() ? parsed.className() : fallback;
    }
}
