package io.hvmon.app.api;

import io.hvmon.app.http.Response;
import io.hvmon.model.Timestamps;
import io.hvmon.collect.HostStatus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    /** RFC 9110's IMF-fixdate; RFC_1123_DATE_TIME would write a one-digit day ("Tue, 3 Jun 2026"). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private FreshnessHeaders() {
    }

    static Response add(Response response, Coverage coverage) {
        Response out = response.withHeader(STALE, Boolean.toString(!coverage.complete()))
                .withHeader("Cache-Control", "no-store");
        Optional<Instant> oldest = coverage.oldestCollectedAt();
        if (oldest.isPresent()) {
            out = out.withHeader(COLLECTED_AT, Timestamps.format(oldest.get()))
                    .withHeader("Last-Modified", HTTP_DATE.format(oldest.get()));
        }
        if (!coverage.complete()) {
            out = out.withHeader(INCOMPLETE_HOSTS,
                    HostNamesHeader.value(coverage.notFresh().stream().map(HostStatus::name).toList()));
        }
        return out;
    }
}
