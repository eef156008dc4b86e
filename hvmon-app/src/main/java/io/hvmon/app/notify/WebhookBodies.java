package io.hvmon.app.notify;

import io.hvmon.app.config.WebhookFormat;
import io.hvmon.app.events.EventJson;
import io.hvmon.app.view.JsonOut;
import io.hvmon.events.ChangeEvent;

/**
 * What one event looks like for each receiver: hvmon's event JSON (the object {@code GET /hvm/events} sends), a Slack
 * incoming-webhook message ({@code text}), or a Microsoft Teams message card. One event per request.
 */
final class WebhookBodies {

    private WebhookBodies() {
    }

    static byte[] body(WebhookFormat format, ChangeEvent event) {
        return switch (format) {
            case JSON -> JsonOut.render(json -> EventJson.write(json, event));
            case SLACK -> JsonOut.render(json -> {
                json.writeStartObject();
                json.writeStringField("text", EventText.line(event));
                json.writeEndObject();
            });
            case TEAMS -> JsonOut.render(json -> {
                json.writeStartObject();
                json.writeStringField("@type", "MessageCard");
                json.writeStringField("@context", "https://schema.org/extensions");
                json.writeStringField("summary", "hvmon: " + event.type().wireName());
                json.writeStringField("title", "hvmon: " + event.type().wireName().replace('_', ' '));
                json.writeStringField("text", EventText.line(event));
                json.writeEndObject();
            });
        };
    }
}
