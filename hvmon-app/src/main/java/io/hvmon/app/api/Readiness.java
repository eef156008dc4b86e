package io.hvmon.app.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.hvmon.app.http.Problem;
import io.hvmon.app.http.ProblemJson;
import io.hvmon.app.http.Request;
import io.hvmon.app.http.Response;
import io.hvmon.app.view.JsonOut;
import io.hvmon.collect.HostStatus;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The 503 answers: {@code /readyz} under the configured {@link ReadyWhen} policy, naming the hosts that are not
 * fresh and why; and a data endpoint before any host has data. Retry-After points at the next scheduled poll.
 */
final class Readiness {

    /** How many hosts a 503's detail names in words; {@code not_fresh} lists them all. */
    static final int HOSTS_IN_DETAIL = 10;

    private final Freshness freshness;
    private final ReadyWhen policy;

    Readiness(Freshness freshness, ReadyWhen policy) {
        this.freshness = freshness;
        this.policy = policy;
    }

    /** {@code /readyz}: 200 when the policy is met, else 503; both list the hosts without fresh data. */
    Response ready(Request request, Coverage all) {
        List<HostGap> gaps = all.notFresh().stream().map(HostGap::of).toList();
        boolean ready = switch (policy) {
            case ANY_HOST -> all.anyFresh();
            case ALL_HOSTS -> all.allFresh();
        };
        if (ready) {
            return Response.json(JsonOut.render(json -> {
                json.writeStartObject();
                json.writeStringField("status", "ready");
                writePolicyAndGaps(json, gaps);
                json.writeEndObject();
            })).withHeader("Cache-Control", "no-store");
        }
        String detail = (policy == ReadyWhen.ANY_HOST ? "no host has fresh data" : "not every host has fresh data")
                + " (collection.ready_when is " + policy.wireName() + "). Not fresh: " + inWords(gaps);
        return ProblemJson.response(Problem.unavailable(detail, retryAfterSeconds(all.notFresh())), request.path(),
                json -> writePolicyAndGaps(json, gaps));
    }

    /** A data endpoint's answer while no host has data: 503, with the errors so far. */
    Response noData(Request request, Coverage all) {
        String errors = all.hosts().stream().filter(h -> h.lastError() != null)
                .map(h -> h.name() + ": " + h.lastError()).collect(Collectors.joining("; "));
        String detail = "no collection has succeeded yet" + (errors.isEmpty() ? "; the first is under way" : "; " + errors);
        Response problem = ProblemJson.response(Problem.unavailable(detail, retryAfterSeconds(all.hosts())),
                request.path());
        return FreshnessHeaders.add(problem, all);
    }

    private void writePolicyAndGaps(JsonGenerator json, List<HostGap> gaps) throws IOException {
        json.writeStringField("ready_when", policy.wireName());
        json.writeArrayFieldStart("not_fresh");
        for (HostGap gap : gaps) {
            gap.write(json);
        }
        json.writeEndArray();
    }

    private static String inWords(List<HostGap> gaps) {
        String named = gaps.stream().limit(HOSTS_IN_DETAIL).map(HostGap::inWords).collect(Collectors.joining("; "));
        int more = gaps.size() - HOSTS_IN_DETAIL;
        return more > 0 ? named + "; and " + more + " more (listed in not_fresh)" : named;
    }

    /** Seconds until the earliest next poll of these hosts; the collection timeout when none is scheduled. */
    private long retryAfterSeconds(List<HostStatus> hosts) {
        Instant now = freshness.now();
        return hosts.stream().map(HostStatus::nextAttempt).filter(Objects::nonNull)
                .map(next -> Duration.between(now, next).toSeconds()).min(Long::compare)
                .orElse(freshness.schedule().timeout().toSeconds());
    }
}
