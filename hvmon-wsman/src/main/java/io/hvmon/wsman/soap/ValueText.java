package io.hvmon.wsman.soap;

import io.hvmon.cim.CimType;

/** Scalar values as WS-Man text: unsigned integers unsigned, booleans lower-case, reals as xs:double. */
final class ValueText {

    private ValueText() {
    }

    static String format(CimType type, Object value) {
        return switch (value) {
            case Long l when type == CimType.UINT64 -> Long.toUnsignedString(l);
            case Boolean b -> b ? "true" : "false";
            case Double d -> real(d);
            default -> value.toString();
        };
    }

    private static String real(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "INF" : "-INF";
        }
        String s = Double.toString(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
