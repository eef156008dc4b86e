package io.hvmon.wsman.soap;

import io.hvmon.cim.CimDateTimes;
import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * DMTF CIM-XML {@code <INSTANCE>} text, the form WMI uses for embedded-instance <em>string</em> values over WS-Man:
 * KVP items (Msvm_KvpExchangeComponent.GuestIntrinsicExchangeItems) and EmbeddedInstance method parameters such as
 * ModifySystemSettings' SystemSettings (wsman.md §3.6, hyperv-wmi.md §8.1). Here the TYPE attributes do give types.
 */
public final class CimXml {

    private CimXml() {
    }

    /** Parses one {@code <INSTANCE CLASSNAME=...>}; a PROPERTY without VALUE is NULL. Same security rules as envelopes. */
    public static CimInstance parse(String text, SoapLimits limits) throws CimException {
        if (text.length() > limits.maxBytes()) {
            throw new CimException(CimException.Kind.PROTOCOL, "an embedded CIM-XML instance is larger than "
                    + limits.maxBytes() + " characters");
        }
        try (XmlCursor x = XmlCursor.open(new StringReader(text), limits)) {
            x.enterRoot();
            if (!x.localName().equals("INSTANCE")) {
                throw XmlInputException.malformed("expected a CIM-XML INSTANCE, found " + x.localName());
            }
            String className = require(x.attribute("", "CLASSNAME"), "INSTANCE CLASSNAME");
            List<CimProperty> properties = new ArrayList<>();
            while (x.nextChild()) {
                switch (x.localName()) {
                    case "PROPERTY" -> properties.add(readProperty(x, false));
                    case "PROPERTY.ARRAY" -> properties.add(readProperty(x, true));
                    default -> x.skipElement(); // QUALIFIER, PROPERTY.REFERENCE: not needed by hvmon
                }
            }
            x.finish();
            return new CimInstance(className, properties);
        } catch (XmlInputException e) {
            throw new CimException(CimException.Kind.PROTOCOL, "cannot read an embedded CIM-XML instance: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CimException(CimException.Kind.PROTOCOL, "cannot read an embedded CIM-XML instance: " + e.getMessage());
        }
    }

    private static CimProperty readProperty(XmlCursor x, boolean array) {
        String name = require(x.attribute("", "NAME"), "PROPERTY NAME");
        CimType type = typeOf(require(x.attribute("", "TYPE"), "PROPERTY TYPE"));
        List<Object> values = new ArrayList<>();
        boolean present = false;
        while (x.nextChild()) {
            if (x.localName().equals("VALUE")) {
                present = true;
                values.add(value(type, x.readText()));
            } else if (x.localName().equals("VALUE.ARRAY")) {
                present = true;
                while (x.nextChild()) {
                    if (values.size() >= x.limits().maxItems()) {
                        throw XmlInputException.overLimit("array " + name + " has more than " + x.limits().maxItems() + " values");
                    }
                    values.add(x.localName().equals("VALUE") ? value(type, x.readText()) : skipNull(x));
                }
            } else {
                x.skipElement();
            }
        }
        if (!present) {
            return CimProperty.nullValue(name, type, array);
        }
        return array ? CimProperty.array(name, type, values) : CimProperty.scalar(name, type, values.getFirst());
    }

    private static Object skipNull(XmlCursor x) {
        x.skipElement(); // VALUE.NULL
        return null;
    }

    private static Object value(CimType type, String text) {
        String t = text.strip();
        return switch (type) {
            case STRING, CHAR16 -> text;
            case BOOLEAN -> Boolean.parseBoolean(t);
            case REAL32, REAL64 -> Double.valueOf(t);
            case DATETIME -> CimDateTimes.parseDmtf(t);
            default -> type.isUnsigned() ? Long.parseUnsignedLong(t) : Long.parseLong(t);
        };
    }

    private static CimType typeOf(String mof) {
        for (CimType t : CimType.values()) {
            if (t.mofName().equalsIgnoreCase(mof) && t != CimType.REFERENCE && t != CimType.INSTANCE) {
                return t;
            }
        }
        throw new IllegalArgumentException("unsupported CIM-XML TYPE '" + mof + "'");
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw XmlInputException.malformed("missing " + what);
        }
        return value;
    }

    /** Writes an instance as one-line CIM-XML; NULL is a PROPERTY without VALUE. References cannot be written. */
    public static String write(CimInstance instance) {
        XmlOut out = new XmlOut();
        out.start("INSTANCE").attr("CLASSNAME", instance.className());
        for (CimProperty p : instance.properties()) {
            if (p.type() == CimType.REFERENCE) {
                throw new IllegalArgumentException("CIM-XML references are not supported: " + p.name());
            }
            String type = p.type() == CimType.INSTANCE ? "string" : p.type().mofName();
            out.start(p.array() ? "PROPERTY.ARRAY" : "PROPERTY").attr("NAME", p.name()).attr("TYPE", type);
            if (p.type() == CimType.INSTANCE) {
                out.attr("EmbeddedObject", "object");
            }
            if (p.value() instanceof List<?> list) {
                out.start("VALUE.ARRAY");
                for (Object v : list) {
                    if (v == null) {
                        out.empty("VALUE.NULL");
                    } else {
                        out.start("VALUE").text(text(p.type(), v)).end();
                    }
                }
                out.end();
            } else if (p.value() != null) {
                out.start("VALUE").text(text(p.type(), p.value())).end();
            }
            out.end();
        }
        return out.end().string();
    }

    private static String text(CimType type, Object v) {
        return switch (v) {
            case OffsetDateTime t -> CimDateTimes.formatDmtfDateTime(t);
            case Duration d -> CimDateTimes.formatDmtfInterval(d);
            case CimInstance i -> write(i);
            default -> ValueText.format(type, v);
        };
    }
}
