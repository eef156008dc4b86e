package io.hvmon.app.view;

import io.hvmon.model.Timestamps;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimType;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** CIM instances as JSON rows, for {@code hvmon query}: one object per instance, properties as they came. */
public final class InstanceView {

    private InstanceView() {
    }

    public static byte[] rows(List<CimInstance> instances) {
        return JsonOut.render(json -> {
            json.writeStartArray();
            for (CimInstance instance : instances) {
                write(json, instance);
            }
            json.writeEndArray();
        }, true);
    }

    private static void write(JsonGenerator json, CimInstance instance) throws IOException {
        json.writeStartObject();
        json.writeStringField("__class", instance.className());
        for (CimProperty property : instance.properties()) {
            json.writeFieldName(property.name());
            if (property.value() instanceof List<?> list) {
                json.writeStartArray();
                for (Object element : list) {
                    value(json, property.type(), element);
                }
                json.writeEndArray();
            } else {
                value(json, property.type(), property.value());
            }
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, CimType type, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case Long l when type == CimType.UINT64 && l < 0 -> json.writeNumber(new BigInteger(Long.toUnsignedString(l)));
            case Long l -> json.writeNumber(l);
            case Double d -> json.writeNumber(d);
            case Boolean b -> json.writeBoolean(b);
            case OffsetDateTime t -> json.writeString(Timestamps.format(t));
            // a CIM interval is a length of time, not a moment: ISO-8601 duration, e.g. PT1H30M
            case Duration d -> json.writeString(d.toString());
            case CimReference r -> json.writeString(r.toString());
            case CimInstance i -> write(json, i);
            default -> json.writeString(value.toString());
        }
    }
}
