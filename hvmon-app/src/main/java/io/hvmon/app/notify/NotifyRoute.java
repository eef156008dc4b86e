package io.hvmon.app.notify;

import com.fasterxml.jackson.core.JsonGenerator;
import io.hvmon.app.http.Request;
import io.hvmon.app.http.Response;
import io.hvmon.app.view.JsonOut;
import io.hvmon.model.Timestamps;

import java.io.IOException;
import java.time.Instant;

/**
 * {@code GET /hvm/notify}: how deliveries to each webhook go. Small and computed per request. Never the URL's path or
 * query, nor the secret.
 */
public final class NotifyRoute {

    private final Notifier notifier;

    public NotifyRoute(Notifier notifier) {
        this.notifier = notifier;
    }

    public Response handle(Request request) {
        return Response.json(JsonOut.render(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("webhooks");
            for (WebhookStatus status : notifier.status()) {
                json.writeStartObject();
                json.writeStringField("name", status.name());
                json.writeStringField("target", status.target());
                json.writeStringField("format", status.format());
                json.writeNumberField("pending", status.pending());
                json.writeNumberField("delivered", status.delivered());
                json.writeNumberField("dropped", status.dropped());
                json.writeNumberField("failures", status.failures());
                json.writeStringField("last_error", status.lastError());
                time(json, "last_delivery", status.lastDelivery());
                time(json, "next_attempt", status.nextAttempt());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private static void time(JsonGenerator json, String name, Instant at) throws IOException {
        json.writeStringField(name, at == null ? null : Timestamps.format(at));
    }
}
