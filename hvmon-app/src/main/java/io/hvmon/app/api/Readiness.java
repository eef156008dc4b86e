package io.hvmon.app.api;

import io.hvmon.app.http.Problem;
import io.hvmon.app.http.ProblemException;
import io.hvmon.app.http.Response;
import io.hvmon.app.view.JsonOut;
import io.hvmon.app.view.Timestamps;
import io.hvmon.collect.HostStatus;
import io.hvmon.collect.SnapshotStore;
import io.hvmon.model.HostSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether there is data to serve and how old it is: 503 with Retry-After before the first good collection, and the
 * snapshot age in headers ({@code X-Hvmon-Collected-At}, {@code Last-Modified}, {@code X-Hvmon-Stale}) afterwards, so
 * array bodies stay as the original tool shaped them.
 */
final class Readiness {

    private final SnapshotStore store;
    private final Freshness freshness;

    Readiness(SnapshotStore store, Freshness freshness) {
        this.store = store;
        this.freshness = freshness;
    }

    /** The snapshots to serve, or a 503 problem saying why there are none yet. */
    List<HostSnapshot> requireData() {
        List<HostSnapshot> snapshots = store.snapshots();
        if (snapshots.isEmpty()) {
            throw new ProblemException(notReady());
        }
        return snapshots;
    }

    Response ready() {
        if (!store.ready()) {
            throw new ProblemException(notReady());
        }
        return Response.json(JsonOut.render(json -> {
            json.writeStartObject();
            json.writeStringField("status", "ready");
            json.writeEndObject();
        }));
    }

    /** Adds the age of the oldest snapshot served, and whether any host is stale. */
    Response withFreshness(Response response) {
        List<HostStatus> hosts = store.hosts().stream().filter(HostStatus::ready).toList();
        Instant oldest = hosts.stream().map(h -> h.snapshot().collectedAt()).min(Instant::compareTo).orElseThrow();
        boolean stale = hosts.stream().anyMatch(freshness::stale);
        return response.withHeader("X-Hvmon-Collected-At", Timestamps.format(oldest))
                .withHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(oldest.atOffset(ZoneOffset.UTC)))
                .withHeader("X-Hvmon-Stale", Boolean.toString(stale))
                .withHeader("Cache-Control", "no-store");
    }

    private Problem notReady() {
        List<HostStatus> hosts = store.hosts();
        String errors = hosts.stream().filter(h -> h.lastError() != null)
                .map(h -> h.name() + ": " + h.lastError()).collect(Collectors.joining("; "));
        String detail = "no collection has succeeded yet" + (errors.isEmpty() ? "; the first is under way" : "; " + errors);
        Instant now = freshness.now();
        long retry = hosts.stream().map(HostStatus::nextAttempt).filter(Objects::nonNull)
                .map(next -> Duration.between(now, next).toSeconds()).min(Long::compare)
                .orElse(freshness.schedule().timeout().toSeconds());
        return Problem.unavailable(detail, retry);
    }
}
