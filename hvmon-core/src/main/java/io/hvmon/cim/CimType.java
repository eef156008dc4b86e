package io.hvmon.cim;

/** The CIM data types a property can have (DSP0004). Arrays are a flag on {@link CimProperty}, not a type. */
public enum CimType {
    UINT8, SINT8, UINT16, SINT16, UINT32, SINT32, UINT64, SINT64,
    REAL32, REAL64,
    BOOLEAN,
    STRING, CHAR16,
    /** A timestamp ({@link java.time.OffsetDateTime}) or an interval ({@link java.time.Duration}). */
    DATETIME,
    /** A reference to another instance, held as a {@link CimReference}. */
    REFERENCE,
    /** An embedded instance, held as a {@link CimInstance}. */
    INSTANCE;

    public boolean isInteger() {
        return ordinal() <= SINT64.ordinal();
    }

    public boolean isUnsigned() {
        return this == UINT8 || this == UINT16 || this == UINT32 || this == UINT64;
    }

    /** The Java class a scalar value of this type is held as. */
    public Class<?> javaType() {
        return switch (this) {
            case UINT8, SINT8, UINT16, SINT16, UINT32, SINT32, UINT64, SINT64 -> Long.class;
            case REAL32, REAL64 -> Double.class;
            case BOOLEAN -> Boolean.class;
            case STRING, CHAR16 -> String.class;
            case DATETIME -> Object.class; // OffsetDateTime or Duration
            case REFERENCE -> CimReference.class;
            case INSTANCE -> CimInstance.class;
        };
    }

    /** The MOF spelling, e.g. {@code uint16}, {@code datetime}. */
    public String mofName() {
        return switch (this) {
            case REFERENCE -> "ref";
            case INSTANCE -> "object";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
