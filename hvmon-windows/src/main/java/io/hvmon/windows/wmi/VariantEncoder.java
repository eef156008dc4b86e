package io.hvmon.windows.wmi;

import io.hvmon.cim.CimDateTimes;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimType;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The other way: a CIM value as the VARIANT WMI uses for it (the table in {@link VariantConverter}). The session
 * uses it for method parameters ({@code IWbemClassObject::Put}); tests use it to build the VARIANTs WMI would return
 * for the simulator's instances.
 */
public final class VariantEncoder {

    private VariantEncoder() {
    }

    public static WmiObject toObject(CimInstance instance) {
        List<WmiObject.Property> properties = new ArrayList<>();
        for (CimProperty p : instance.properties()) {
            properties.add(new WmiObject.Property(p.name(), CimTypes.of(p.type(), p.array()), toVariant(p)));
        }
        return new WmiObject(instance.className(), properties);
    }

    public static Variant toVariant(CimProperty p) {
        if (p.isNull()) {
            return Variant.NULL;
        }
        int vt = vt(p.type());
        if (!p.array()) {
            return new Variant(vt, scalar(p.type(), p.value()));
        }
        List<Object> elements = new ArrayList<>();
        for (Object element : (List<?>) p.value()) {
            elements.add(element == null ? null : scalar(p.type(), element));
        }
        return Variant.array(vt, elements);
    }

    /** The VARTYPE WMI uses for a CIM type. */
    public static int vt(CimType type) {
        return switch (type) {
            case UINT8 -> Variant.VT_UI1;
            case SINT8, SINT16, CHAR16 -> Variant.VT_I2;
            case UINT16, UINT32, SINT32 -> Variant.VT_I4;
            case UINT64, SINT64, STRING, DATETIME, REFERENCE -> Variant.VT_BSTR;
            case REAL32 -> Variant.VT_R4;
            case REAL64 -> Variant.VT_R8;
            case BOOLEAN -> Variant.VT_BOOL;
            case INSTANCE -> Variant.VT_UNKNOWN;
        };
    }

    private static Object scalar(CimType type, Object value) {
        return switch (type) {
            case UINT8 -> (byte) ((Long) value).longValue();
            case SINT8, SINT16 -> (short) ((Long) value).longValue();
            case CHAR16 -> (short) ((String) value).charAt(0);
            case UINT16, UINT32, SINT32 -> (int) ((Long) value).longValue(); // a uint32 above 2^31 goes negative, as in WMI
            case UINT64 -> Long.toUnsignedString((Long) value);
            case SINT64 -> Long.toString((Long) value);
            case REAL32 -> ((Double) value).floatValue();
            case REAL64, BOOLEAN, STRING -> value;
            case DATETIME -> value instanceof Duration d ? CimDateTimes.formatDmtfInterval(d)
                    : CimDateTimes.formatDmtfDateTime((OffsetDateTime) value);
            case REFERENCE -> WmiObjectPath.format((CimReference) value);
            case INSTANCE -> toObject((CimInstance) value);
        };
    }
}
