package io.hvmon.windows.wmi;

import io.hvmon.cim.CimDateTimes;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Turns what WMI hands over through COM (a VARIANT and the property's CIMTYPE) into hvmon's typed CIM values, so the
 * readers see the same {@link CimInstance} whether it came over WS-Management as text or locally as VARIANTs.
 *
 * <p>What WMI actually returns: uint8 {@code VT_UI1}; sint8, sint16 and char16 {@code VT_I2}; uint16, uint32 and
 * sint32 {@code VT_I4} (a uint32 above 2^31 arrives negative); uint64, sint64, datetimes and references
 * {@code VT_BSTR} (decimal text, DMTF text, object paths); real32 {@code VT_R4}; real64 {@code VT_R8}; boolean
 * {@code VT_BOOL}; string {@code VT_BSTR}; embedded objects {@code VT_UNKNOWN}; arrays {@code VT_ARRAY|…};
 * {@code VT_NULL}/{@code VT_EMPTY} for NULL. Other integer VARTYPEs are accepted too (leniency costs nothing);
 * anything else is an {@link IllegalArgumentException} naming the property, the VARTYPE and the CIMTYPE.
 */
public final class VariantConverter {

    private static final Logger LOG = Logger.getLogger(VariantConverter.class.getName());

    private final String namespace;

    /** @param namespace where references without a namespace of their own point */
    public VariantConverter(String namespace) {
        this.namespace = namespace;
    }

    public CimInstance toInstance(WmiObject object) {
        List<CimProperty> properties = new ArrayList<>(object.properties().size());
        for (WmiObject.Property p : object.properties()) {
            properties.add(toProperty(object.className(), p));
        }
        return new CimInstance(object.className(), properties);
    }

    CimProperty toProperty(String className, WmiObject.Property p) {
        CimType type = CimTypes.of(p.cimType());
        if (type == null) {
            throw mismatch(className, p, "a CIMTYPE hvmon knows");
        }
        boolean array = CimTypes.isArray(p.cimType());
        Variant v = p.value();
        if (v.isNull()) {
            return CimProperty.nullValue(p.name(), type, array);
        }
        if (array != Variant.isArray(v.vt())) {
            throw mismatch(className, p, array ? "a SAFEARRAY" : "a scalar");
        }
        if (!array) {
            return CimProperty.scalar(p.name(), type, scalar(className, p, type, v.vt(), v.value()));
        }
        int elementVt = v.vt() & ~Variant.VT_ARRAY;
        List<Object> values = new ArrayList<>();
        for (Object element : (List<?>) v.value()) {
            values.add(element == null ? null : scalar(className, p, type, elementVt, element));
        }
        return CimProperty.array(p.name(), type, values);
    }

    private Object scalar(String className, WmiObject.Property p, CimType type, int vt, Object value) {
        try {
            return switch (type) {
                case UINT8, SINT8, UINT16, SINT16, UINT32, SINT32, UINT64, SINT64 -> integer(type, value);
                case REAL32 -> value instanceof Float f ? Double.valueOf(Float.toString(f)) : real(value);
                case REAL64 -> real(value);
                case BOOLEAN -> bool(value);
                case STRING -> (String) value;
                case CHAR16 -> value instanceof String s ? s : String.valueOf((char) ((Number) value).intValue());
                case DATETIME -> dateTime(className, p, (String) value);
                case REFERENCE -> WmiObjectPath.parse((String) value, namespace);
                case INSTANCE -> toInstance((WmiObject) value);
            };
        } catch (ClassCastException | NumberFormatException e) {
            throw mismatch(className, p, "a value WMI gives a " + CimTypes.name(p.cimType()) + " as, got "
                    + Variant.name(vt) + " " + value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(className + "." + p.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Integers as the CIM type says, whatever signed VARTYPE carried them: WMI puts uint32 in a signed VT_I4, uint8
     * in VT_UI1 (a Java byte, signed) and 64-bit integers in decimal text.
     */
    private static Long integer(CimType type, Object value) {
        long raw = switch (value) {
            case Byte b -> b;
            case Short s -> s;
            case Integer i -> i;
            case Long l -> l;
            case String s -> s.strip().startsWith("-") ? Long.parseLong(s.strip()) : Long.parseUnsignedLong(s.strip());
            default -> throw new ClassCastException();
        };
        return switch (type) {
            case UINT8 -> raw & 0xFFL;
            case UINT16 -> raw & 0xFFFFL;
            case UINT32 -> raw & 0xFFFF_FFFFL;
            case SINT8 -> (long) (byte) raw;
            case SINT16 -> (long) (short) raw;
            case SINT32 -> (long) (int) raw;
            default -> raw; // 64 bits: uint64 is held as the same bits
        };
    }

    /**
     * A DMTF datetime; one WMI cannot give exactly (wildcard fields such as {@code ********123456.000000+000}) is
     * NULL rather than a failed query: one odd value must not cost the whole class.
     */
    private static Object dateTime(String className, WmiObject.Property p, String text) {
        try {
            return CimDateTimes.parseDmtf(text);
        } catch (IllegalArgumentException e) {
            LOG.fine(() -> className + "." + p.name() + ": " + e.getMessage() + "; read as NULL");
            return null;
        }
    }

    private static Double real(Object value) {
        return switch (value) {
            case Double d -> d;
            case Float f -> (double) f;
            case String s -> Double.valueOf(s.strip());
            default -> throw new ClassCastException();
        };
    }

    private static Boolean bool(Object value) {
        return switch (value) {
            case Boolean b -> b;
            case Short s -> s != 0; // VARIANT_BOOL read raw: -1 true, 0 false
            default -> throw new ClassCastException();
        };
    }

    private static IllegalArgumentException mismatch(String className, WmiObject.Property p, String expected) {
        return new IllegalArgumentException(className + "." + p.name() + " is declared " + CimTypes.name(p.cimType())
                + " but holds " + p.value() + "; expected " + expected);
    }
}
