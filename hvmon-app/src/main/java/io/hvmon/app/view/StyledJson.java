package io.hvmon.app.view;

import io.hvmon.model.Timestamps;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hvmon.hyperv.values.CodedValue;
import io.hvmon.hyperv.values.ValueMaps;

import java.io.IOException;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes fields in one {@link ValueStyle}. The rules live here, once:
 * <ul>
 *   <li>compat: enumerations as their codes (the few the original tool named are written by the caller), and WMI NULL
 *       as the original's zero value ({@code ""}, {@code 0}, {@code false}, {@code []}) so typed clients keep working;</li>
 *   <li>friendly: enumerations as their names ({@code "unknown (N)"} for codes no map knows), NULL as null;</li>
 *   <li>numeric: enumerations as their codes, NULL as null.</li>
 * </ul>
 */
final class StyledJson {

    private final JsonGenerator json;
    private final ValueStyle style;

    StyledJson(JsonGenerator json, ValueStyle style) {
        this.json = json;
        this.style = style;
    }

    /** The same generator in another style. */
    StyledJson as(ValueStyle other) {
        return new StyledJson(json, other);
    }

    JsonGenerator json() {
        return json;
    }

    ValueStyle style() {
        return style;
    }

    boolean compat() {
        return style == ValueStyle.COMPAT;
    }

    /** An enumeration: a number, or its name in the friendly style. */
    <E extends Enum<E> & CodedValue> void code(String key, Long code, Class<E> map) throws IOException {
        json.writeFieldName(key);
        if (code == null) {
            nullOr(0L);
        } else if (style == ValueStyle.FRIENDLY) {
            json.writeString(ValueMaps.friendly(map, code));
        } else {
            json.writeNumber(code);
        }
    }

    /** An array of enumeration codes. */
    <E extends Enum<E> & CodedValue> void codes(String key, List<Long> codes, Class<E> map) throws IOException {
        json.writeFieldName(key);
        if (codes == null) {
            nullArray();
            return;
        }
        json.writeStartArray();
        for (Long code : codes) {
            if (code == null) {
                json.writeNull();
            } else if (style == ValueStyle.FRIENDLY) {
                json.writeString(ValueMaps.friendly(map, code));
            } else {
                json.writeNumber(code);
            }
        }
        json.writeEndArray();
    }

    /** A signed integer (sint16/32/64). */
    void number(String key, Long value) throws IOException {
        json.writeFieldName(key);
        if (value == null) {
            nullOr(0L);
        } else {
            json.writeNumber(value);
        }
    }

    /** A uint64: the same 64 bits read as unsigned. */
    void unsigned(String key, Long value) throws IOException {
        json.writeFieldName(key);
        if (value == null) {
            nullOr(0L);
        } else if (value < 0) {
            json.writeNumber(new BigInteger(Long.toUnsignedString(value)));
        } else {
            json.writeNumber(value);
        }
    }

    void string(String key, String value) throws IOException {
        json.writeFieldName(key);
        if (value == null) {
            nullOr("");
        } else {
            json.writeString(value);
        }
    }

    void bool(String key, Boolean value) throws IOException {
        json.writeFieldName(key);
        if (value == null) {
            nullOr(false);
        } else {
            json.writeBoolean(value);
        }
    }

    void strings(String key, List<String> values) throws IOException {
        json.writeFieldName(key);
        if (values == null) {
            nullArray();
            return;
        }
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Always RFC 3339 in UTC ({@link Timestamps}), null when absent in every style (the original tool had none). */
    void dateTime(String key, OffsetDateTime value) throws IOException {
        json.writeFieldName(key);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(Timestamps.format(value));
        }
    }

    /** A NULL array: {@code []} in compat (the original's zero value), null otherwise. */
    private void nullArray() throws IOException {
        if (compat()) {
            json.writeStartArray();
            json.writeEndArray();
        } else {
            json.writeNull();
        }
    }

    /** A duration in whole seconds, null when absent (every style). */
    void seconds(String key, java.time.Duration value) throws IOException {
        json.writeFieldName(key);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.toSeconds());
        }
    }

    private void nullOr(Object zero) throws IOException {
        if (!compat()) {
            json.writeNull();
            return;
        }
        switch (zero) {
            case Long l -> json.writeNumber(l);
            case String s -> json.writeString(s);
            case Boolean b -> json.writeBoolean(b);
            default -> throw new IllegalArgumentException(String.valueOf(zero));
        }
    }
}
