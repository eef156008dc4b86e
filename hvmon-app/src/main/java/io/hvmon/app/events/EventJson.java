package io.hvmon.app.events;

import com.fasterxml.jackson.core.JsonGenerator;
import io.hvmon.app.view.JsonOut;
import io.hvmon.events.ChangeEvent;
import io.hvmon.events.EventValue;
import io.hvmon.model.Timestamps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON of an event, the same in SSE, {@code ?format=json} and webhooks: {@code id}, {@code time}, {@code host},
 * {@code vm_id}, {@code vm_name}, {@code type}, {@code old}, {@code new}, in that order; each value
 * {@code {"friendly": ..., "numeric": ...}} or null. On one line (SSE needs that).
 */
public final class EventJson {

    private EventJson() {
    }

    public static String one(ChangeEvent event) {
        return new String(JsonOut.render(json -> write(json, event)), StandardCharsets.UTF_8);
    }

    /** An array, in the order given. */
    public static byte[] array(List<ChangeEvent> events) {
        return JsonOut.render(json -> {
            json.writeStartArray();
            for (ChangeEvent event : events) {
                write(json, event);
            }
            json.writeEndArray();
        });
    }

    public static void write(JsonGenerator json, ChangeEvent event) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", event.id());
        json.writeStringField("time", Timestamps.format(event.time()));
        json.writeStringField("host", event.change().host());
        json.writeStringField("vm_id", event.change().vmId());
        json.writeStringField("vm_name", event.change().vmName());
        json.writeStringField("type", event.type().wireName());
        value(json, "old", event.change().oldValue());
        value(json, "new", event.change().newValue());
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, String name, EventValue value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("friendly", value.friendly());
        if (value.numeric() == null) {
            json.writeNullField("numeric");
        } else {
            json.writeNumberField("numeric", value.numeric());
        }
        json.writeEndObject();
    }
}
