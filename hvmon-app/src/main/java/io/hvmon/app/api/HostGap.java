package io.hvmon.app.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.hvmon.model.Timestamps;
import io.hvmon.cim.CimException;
import io.hvmon.collect.HostStatus;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * One host without fresh data and why, as {@code /readyz} reports it: never collected (nothing of it is served) or
 * stale (its last good data is served, but it is old), with the last error when there was one.
 *
 * @param name        the host as configured
 * @param collected   whether any collection of it has succeeded
 * @param lastSuccess when the latest good collection started; null if never
 * @param error       the latest failure in plain words; null when the latest poll did not fail (yet)
 * @param errorKind   the kind of that failure; null with it
 */
record HostGap(String name, boolean collected, Instant lastSuccess, String error, CimException.Kind errorKind) {

    static HostGap of(HostStatus status) {
        return new HostGap(status.name(), status.ready(), status.lastSuccess(), status.lastError(), status.lastErrorKind());
    }

    /** E.g. {@code hv02: stale, last collected 2026-11-30T10:00:00.000Z; last error (unreachable): connection refused}. */
    String inWords() {
        String state;
        if (!collected) {
            state = error == null ? "the first collection is under way" : "never collected";
        } else {
            state = "stale, last collected " + (lastSuccess == null ? "at an unknown time" : Timestamps.format(lastSuccess))
                    + (error == null ? " and no poll has finished since" : "");
        }
        return name + ": " + state + (error == null ? "" : "; last error (" + kind() + "): " + error);
    }

    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField("reason", collected ? "stale" : "never_collected");
        if (lastSuccess == null) {
            json.writeNullField("last_success");
        } else {
            json.writeStringField("last_success", Timestamps.format(lastSuccess));
        }
        json.writeStringField("error", error);
        json.writeStringField("error_kind", errorKind == null ? null : kind());
        json.writeEndObject();
    }

    private String kind() {
        return errorKind == null ? "error" : errorKind.name().toLowerCase(Locale.ROOT);
    }
}
