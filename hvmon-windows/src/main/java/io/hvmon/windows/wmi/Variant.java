package io.hvmon.windows.wmi;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A COM VARIANT as WMI hands it over, copied out of native memory: its VARTYPE and its value as plain Java. This is
 * the boundary between the JNA code (which reads VARIANTs and must run on Windows) and the conversion to CIM values
 * (which is pure and tested everywhere).
 *
 * <p>Values by VARTYPE: {@code VT_EMPTY}/{@code VT_NULL} null; {@code VT_I1}/{@code VT_UI1} Byte; {@code VT_I2}/
 * {@code VT_UI2} Short; {@code VT_I4}/{@code VT_UI4} Integer; {@code VT_I8}/{@code VT_UI8} Long; {@code VT_R4} Float;
 * {@code VT_R8} Double; {@code VT_BOOL} Boolean; {@code VT_BSTR} String; {@code VT_UNKNOWN} an embedded
 * {@link WmiObject}; {@code VT_ARRAY|t} an immutable List of elements of type t (as above).
 */
public record Variant(int vt, Object value) {

    public static final int VT_EMPTY = 0;
    public static final int VT_NULL = 1;
    public static final int VT_I2 = 2;
    public static final int VT_I4 = 3;
    public static final int VT_R4 = 4;
    public static final int VT_R8 = 5;
    public static final int VT_BSTR = 8;
    public static final int VT_BOOL = 11;
    public static final int VT_UNKNOWN = 13;
    public static final int VT_I1 = 16;
    public static final int VT_UI1 = 17;
    public static final int VT_UI2 = 18;
    public static final int VT_UI4 = 19;
    public static final int VT_I8 = 20;
    public static final int VT_UI8 = 21;
    public static final int VT_ARRAY = 0x2000;

    public static final Variant EMPTY = new Variant(VT_EMPTY, null);
    public static final Variant NULL = new Variant(VT_NULL, null);

    public Variant {
        if (isArray(vt)) {
            List<?> elements = (List<?>) Objects.requireNonNull(value, "an array VARIANT needs its elements");
            int elementType = vt & ~VT_ARRAY;
            elements.forEach(e -> checkScalar(elementType, e));
            value = Collections.unmodifiableList(new java.util.ArrayList<>(elements));
        } else {
            checkScalar(vt, value);
        }
    }

    public static Variant i2(short v) {
        return new Variant(VT_I2, v);
    }

    public static Variant i4(int v) {
        return new Variant(VT_I4, v);
    }

    public static Variant ui1(byte v) {
        return new Variant(VT_UI1, v);
    }

    public static Variant r4(float v) {
        return new Variant(VT_R4, v);
    }

    public static Variant r8(double v) {
        return new Variant(VT_R8, v);
    }

    public static Variant bool(boolean v) {
        return new Variant(VT_BOOL, v);
    }

    public static Variant bstr(String v) {
        return new Variant(VT_BSTR, Objects.requireNonNull(v));
    }

    public static Variant unknown(WmiObject v) {
        return new Variant(VT_UNKNOWN, Objects.requireNonNull(v));
    }

    /** A SAFEARRAY of {@code elementType} elements: {@code VT_ARRAY | elementType}. */
    public static Variant array(int elementType, List<?> elements) {
        return new Variant(VT_ARRAY | elementType, elements);
    }

    public static boolean isArray(int vt) {
        return (vt & VT_ARRAY) != 0;
    }

    public boolean isNull() {
        return vt == VT_NULL || vt == VT_EMPTY;
    }

    /** The VARTYPE in words, for messages: {@code VT_ARRAY|VT_I4}. */
    public static String name(int vt) {
        String base = switch (vt & ~VT_ARRAY) {
            case VT_EMPTY -> "VT_EMPTY";
            case VT_NULL -> "VT_NULL";
            case VT_I2 -> "VT_I2";
            case VT_I4 -> "VT_I4";
            case VT_R4 -> "VT_R4";
            case VT_R8 -> "VT_R8";
            case VT_BSTR -> "VT_BSTR";
            case VT_BOOL -> "VT_BOOL";
            case VT_UNKNOWN -> "VT_UNKNOWN";
            case VT_I1 -> "VT_I1";
            case VT_UI1 -> "VT_UI1";
            case VT_UI2 -> "VT_UI2";
            case VT_UI4 -> "VT_UI4";
            case VT_I8 -> "VT_I8";
            case VT_UI8 -> "VT_UI8";
            default -> "VARTYPE " + (vt & ~VT_ARRAY);
        };
        return isArray(vt) ? "VT_ARRAY|" + base : base;
    }

    /** The Java class a scalar of this VARTYPE is held as; null for the types hvmon does not read. */
    static Class<?> javaType(int vt) {
        return switch (vt) {
            case VT_I1, VT_UI1 -> Byte.class;
            case VT_I2, VT_UI2 -> Short.class;
            case VT_I4, VT_UI4 -> Integer.class;
            case VT_I8, VT_UI8 -> Long.class;
            case VT_R4 -> Float.class;
            case VT_R8 -> Double.class;
            case VT_BOOL -> Boolean.class;
            case VT_BSTR -> String.class;
            case VT_UNKNOWN -> WmiObject.class;
            default -> null;
        };
    }

    private static void checkScalar(int vt, Object value) {
        if (vt == VT_EMPTY || vt == VT_NULL) {
            if (value != null) {
                throw new IllegalArgumentException(name(vt) + " carries no value, got " + value);
            }
            return;
        }
        Class<?> type = javaType(vt);
        if (type == null) {
            throw new IllegalArgumentException(name(vt) + " is not a VARTYPE WMI uses for property values");
        }
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException(name(vt) + " needs a " + type.getSimpleName() + ", got "
                    + value.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return name(vt) + (value == null ? "" : " " + value);
    }
}
