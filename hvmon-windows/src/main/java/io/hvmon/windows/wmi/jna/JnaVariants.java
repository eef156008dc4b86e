package io.hvmon.windows.wmi.jna;

import com.sun.jna.platform.win32.COM.Unknown;
import com.sun.jna.platform.win32.COM.Wbemcli;
import com.sun.jna.platform.win32.Guid.IID;
import com.sun.jna.platform.win32.Guid.REFIID;
import com.sun.jna.platform.win32.OaIdl.SAFEARRAY;
import com.sun.jna.platform.win32.Variant.VARIANT;
import com.sun.jna.platform.win32.WTypes.VARTYPE;
import com.sun.jna.ptr.PointerByReference;
import io.hvmon.windows.wmi.ComException;
import io.hvmon.windows.wmi.Variant;
import io.hvmon.windows.wmi.WmiObject;

import java.util.ArrayList;
import java.util.List;

/**
 * Native VARIANTs to and from {@link Variant}. Reading copies everything out (embedded objects included, each
 * released after it is read), so the caller may {@code VariantClear} right after.
 */
final class JnaVariants {

    private static final IID IID_IWBEM_CLASS_OBJECT = new IID("dc12a681-737f-11cf-884d-00aa004b2e24");
    /** More elements than any property WMI returns to hvmon; refused rather than copied. */
    private static final int MAX_ELEMENTS = 1_000_000;

    private JnaVariants() {
    }

    static Variant read(VARIANT value, int depth) throws ComException {
        int vt = value.getVarType().intValue();
        if (Variant.isArray(vt)) {
            return readArray((SAFEARRAY) value.getValue(), vt & ~Variant.VT_ARRAY, depth);
        }
        return switch (vt) {
            case Variant.VT_EMPTY -> Variant.EMPTY;
            case Variant.VT_NULL -> Variant.NULL;
            case Variant.VT_UI1, Variant.VT_I1 -> new Variant(vt, value.byteValue());
            case Variant.VT_I2, Variant.VT_UI2 -> new Variant(vt, value.shortValue());
            case Variant.VT_I4, Variant.VT_UI4 -> new Variant(vt, value.intValue());
            case Variant.VT_I8, Variant.VT_UI8 -> new Variant(vt, value.longValue());
            case Variant.VT_R4 -> Variant.r4(value.floatValue());
            case Variant.VT_R8 -> Variant.r8(value.doubleValue());
            case Variant.VT_BOOL -> Variant.bool(value.booleanValue());
            case Variant.VT_BSTR -> Variant.bstr(value.stringValue() == null ? "" : value.stringValue());
            case Variant.VT_UNKNOWN -> Variant.unknown(embedded((Unknown) value.getValue(), depth));
            default -> throw new ComException(0x80041005, "reading a " + Variant.name(vt) + " VARIANT");
        };
    }

    private static Variant readArray(SAFEARRAY array, int elementVt, int depth) throws ComException {
        if (array == null) {
            return Variant.NULL;
        }
        int lower = array.getLBound(0);
        int upper = array.getUBound(0);
        if (upper - lower + 1 > MAX_ELEMENTS) {
            throw new ComException(0x80041006, "reading an array of " + (upper - lower + 1) + " elements");
        }
        List<Object> elements = new ArrayList<>(Math.max(0, upper - lower + 1));
        for (int i = lower; i <= upper; i++) {
            Object element = array.getElement(i); // copies: BSTRs are freed, IUnknowns AddRef'ed
            elements.add(switch (element) {
                case Unknown unknown -> {
                    try {
                        yield embedded(unknown, depth);
                    } finally {
                        unknown.Release();
                    }
                }
                case Boolean b -> b;
                default -> element;
            });
        }
        return Variant.array(elementVt, elements);
    }

    /** An embedded object, read through its IWbemClassObject interface; the VARIANT keeps (and frees) its own reference. */
    private static WmiObject embedded(Unknown unknown, int depth) throws ComException {
        if (unknown == null || unknown.getPointer() == null) {
            throw new ComException(0x80004003, "reading an embedded object (null pointer)");
        }
        PointerByReference objectRef = new PointerByReference();
        JnaCom.check(unknown.QueryInterface(new REFIID(IID_IWBEM_CLASS_OBJECT), objectRef), "QueryInterface(IWbemClassObject)");
        Wbemcli.IWbemClassObject object = new Wbemcli.IWbemClassObject(objectRef.getValue());
        try {
            return JnaClassObject.read(object, depth + 1);
        } finally {
            object.Release();
        }
    }

    /** A native VARIANT for {@code Put}; the caller clears it. Embedded objects cannot be written (hvmon never does). */
    static VARIANT write(Variant value) throws ComException {
        int vt = value.vt();
        if (Variant.isArray(vt)) {
            List<?> elements = (List<?>) value.value();
            int elementVt = vt & ~Variant.VT_ARRAY;
            SAFEARRAY array = SAFEARRAY.createSafeArray(new VARTYPE(elementVt), elements.size());
            for (int i = 0; i < elements.size(); i++) {
                array.putElement(elements.get(i), i);
            }
            return new VARIANT(array);
        }
        VARIANT variant = switch (vt) {
            case Variant.VT_UI1 -> new VARIANT((byte) value.value());
            case Variant.VT_I2 -> new VARIANT((short) value.value());
            case Variant.VT_I4 -> new VARIANT((int) value.value());
            case Variant.VT_R4 -> new VARIANT((float) value.value());
            case Variant.VT_R8 -> new VARIANT((double) value.value());
            case Variant.VT_BOOL -> new VARIANT((boolean) value.value());
            case Variant.VT_BSTR -> new VARIANT((String) value.value());
            case Variant.VT_NULL, Variant.VT_EMPTY -> {
                VARIANT v = new VARIANT();
                v.setValue(Variant.VT_NULL, null);
                yield v;
            }
            default -> throw new ComException(0x80041005, "writing a " + Variant.name(vt) + " parameter");
        };
        return variant;
    }
}
