package io.hvmon.app.api;

import io.hvmon.app.api.cache.HttpDate;
import io.hvmon.app.http.Response;
import io.hvmon.model.Timestamps;
import io.hvmon.collect.HostStatus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The age and completeness of an answer, in headers, so that array bodies stay as the original tool shaped them:
 * {@code X-Hvmon-Collected-At} and {@code Last-Modified} (the oldest snapshot served), {@code X-Hvmon-Stale} (true when
 * any covered host is stale or has never been collected) and {@code X-Hvmon-Incomplete-Hosts} (which ones).
 */
final class FreshnessHeaders {

    static final String COLLECTED_AT = "X-Hvmon-Collected-At";
    static final String STALE = "X-Hvmon-Stale";
    static final String INCOMPLETE_HOSTS = "X-Hvmon-Incomplete-Hosts";

    private FreshnessHeaders() {
    }

    static Response add(Response response, Coverage coverage) {
        Response out = response;
        for (Map.Entry<String, String> header : of(coverage).entrySet()) {
            out = out.withHeader(header.getKey(), header.getValue());
        }
        return out;
    }

    /** The headers alone, for an answer still to be built; computed per request, as staleness moves with time. */
    static Map<String, String> of(Coverage coverage) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(STALE, Boolean.toString(!coverage.complete()));
        headers.put("Cache-Control", "no-store");
        Optional<Instant> oldest = coverage.oldestCollectedAt();
        if (oldest.isPresent()) {
            headers.put(COLLECTED_AT, Timestamps.format(oldest.get()));
            headers.put("Last-Modified", HttpDate.format(oldest.get()));
        }
        if (!coverage.complete()) {
            headers.put(INCOMPLETE_HOSTS,
                    HostNamesHeader.value(coverage.notFresh().stream().map(HostStatus::name).toList()));
        }
        return headers;
    }
}
