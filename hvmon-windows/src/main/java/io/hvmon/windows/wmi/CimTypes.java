package io.hvmon.windows.wmi;

import io.hvmon.cim.CimType;

/** WMI's CIMTYPE_ENUMERATION numbers (wbemcli.h) and hvmon's {@link CimType}s, both ways. */
public final class CimTypes {

    public static final int SINT16 = 2;
    public static final int SINT32 = 3;
    public static final int REAL32 = 4;
    public static final int REAL64 = 5;
    public static final int STRING = 8;
    public static final int BOOLEAN = 11;
    public static final int OBJECT = 13;
    public static final int SINT8 = 16;
    public static final int UINT8 = 17;
    public static final int UINT16 = 18;
    public static final int UINT32 = 19;
    public static final int SINT64 = 20;
    public static final int UINT64 = 21;
    public static final int DATETIME = 101;
    public static final int REFERENCE = 102;
    public static final int CHAR16 = 103;
    /** Or-ed into the type of an array property. */
    public static final int FLAG_ARRAY = 0x2000;

    private CimTypes() {
    }

    public static boolean isArray(int cimType) {
        return (cimType & FLAG_ARRAY) != 0;
    }

    /** The CIM type of a CIMTYPE value, array flag ignored; null for one hvmon does not know. */
    public static CimType of(int cimType) {
        return switch (cimType & ~FLAG_ARRAY) {
            case SINT8 -> CimType.SINT8;
            case UINT8 -> CimType.UINT8;
            case SINT16 -> CimType.SINT16;
            case UINT16 -> CimType.UINT16;
            case SINT32 -> CimType.SINT32;
            case UINT32 -> CimType.UINT32;
            case SINT64 -> CimType.SINT64;
            case UINT64 -> CimType.UINT64;
            case REAL32 -> CimType.REAL32;
            case REAL64 -> CimType.REAL64;
            case BOOLEAN -> CimType.BOOLEAN;
            case STRING -> CimType.STRING;
            case CHAR16 -> CimType.CHAR16;
            case DATETIME -> CimType.DATETIME;
            case REFERENCE -> CimType.REFERENCE;
            case OBJECT -> CimType.INSTANCE;
            default -> null;
        };
    }

    /** The CIMTYPE number of a CIM type, with the array flag when {@code array}. */
    public static int of(CimType type, boolean array) {
        int base = switch (type) {
            case SINT8 -> SINT8;
            case UINT8 -> UINT8;
            case SINT16 -> SINT16;
            case UINT16 -> UINT16;
            case SINT32 -> SINT32;
            case UINT32 -> UINT32;
            case SINT64 -> SINT64;
            case UINT64 -> UINT64;
            case REAL32 -> REAL32;
            case REAL64 -> REAL64;
            case BOOLEAN -> BOOLEAN;
            case STRING -> STRING;
            case CHAR16 -> CHAR16;
            case DATETIME -> DATETIME;
            case REFERENCE -> REFERENCE;
            case INSTANCE -> OBJECT;
        };
        return array ? base | FLAG_ARRAY : base;
    }

    /** For messages: {@code uint32[]}. */
    public static String name(int cimType) {
        CimType type = of(cimType);
        String base = type == null ? "CIMTYPE " + (cimType & ~FLAG_ARRAY) : type.mofName();
        return isArray(cimType) ? base + "[]" : base;
    }
}
