package io.hvmon.app.view;

import io.hvmon.model.Timestamps;
import com.fasterxml.jackson.core.JsonGenerator;
import io.hvmon.collect.HostStatus;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.QueryFailure;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** A host as JSON: its collection status (fresh or stale, last error, what is missing) and its own data. */
public final class HostView {

    private HostView() {
    }

    /**
     * One host. {@code stale} is passed in rather than read from a clock, so that the body is a function of its inputs
     * and can be rendered once for them.
     */
    public static byte[] host(HostStatus status, boolean stale, ValueStyle style) {
        return JsonOut.render(json -> write(new StyledJson(json, style), status, stale));
    }

    /** Every host, in the given order; {@code stale} says which are. */
    public static byte[] hosts(List<HostStatus> statuses, Predicate<HostStatus> stale, ValueStyle style) {
        return JsonOut.render(json -> {
            json.writeStartArray();
            for (HostStatus status : statuses) {
                write(new StyledJson(json, style), status, stale.test(status));
            }
            json.writeEndArray();
        });
    }

    static void write(StyledJson styled, HostStatus status, boolean stale) throws IOException {
        // Host data has no compat form to honour: compat writes codes and nulls like numeric.
        StyledJson out = styled.compat() ? styled.as(ValueStyle.NUMERIC) : styled;
        JsonGenerator json = out.json();
        HostSnapshot snapshot = status.snapshot();
        json.writeStartObject();
        json.writeStringField("name", status.name());
        json.writeStringField("source", status.source());
        json.writeBooleanField("ready", status.ready());
        json.writeBooleanField("stale", stale);
        instant(json, "collected_at", snapshot == null ? null : snapshot.collectedAt());
        out.number("collection_duration_ms", snapshot == null ? null : snapshot.duration().toMillis());
        out.number("queries_per_cycle", snapshot == null ? null : (long) snapshot.queries());
        instant(json, "last_attempt", status.lastAttempt());
        instant(json, "last_success", status.lastSuccess());
        instant(json, "next_attempt", status.nextAttempt());
        json.writeNumberField("consecutive_failures", status.consecutiveFailures());
        out.string("error", status.lastError());
        out.string("error_kind", status.lastErrorKind() == null ? null : status.lastErrorKind().name().toLowerCase());
        writeMissing(json, snapshot);
        HostDataView.write(out, snapshot);
        json.writeEndObject();
    }

    private static void writeMissing(JsonGenerator json, HostSnapshot snapshot) throws IOException {
        json.writeArrayFieldStart("missing");
        if (snapshot != null) {
            for (QueryFailure failure : snapshot.failures()) {
                json.writeStartObject();
                json.writeStringField("what", failure.what());
                json.writeStringField("kind", failure.kind().name().toLowerCase());
                json.writeStringField("message", failure.message());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    static void instant(JsonGenerator json, String field, Instant at) throws IOException {
        if (at == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, Timestamps.format(at));
        }
    }
}
