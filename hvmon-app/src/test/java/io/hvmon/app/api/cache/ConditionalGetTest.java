package io.hvmon.app.api.cache;

import io.hvmon.app.http.Request;
import io.hvmon.app.http.RequestHeaders;
import io.hvmon.app.http.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionalGetTest {

    private static final Rendered BODY = Rendered.of(RenderedTest.json(8000));
    private static final String TAG = BODY.identity().etag();
    private static final String GZ_TAG = BODY.gzip().etag();
    private static final Instant MODIFIED = Instant.parse("2026-11-30T10:00:00.750Z");
    private static final Map<String, String> FRESHNESS = Map.of("X-Hvmon-Stale", "false", "Cache-Control", "no-store");

    /** A request with headers given as name, value, name, value, ... */
    private static Request get(String... headers) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.computeIfAbsent(headers[i], k -> new java.util.ArrayList<>()).add(headers[i + 1]);
        }
        return new Request("GET", "/hvm/vms", null, Map.of(), RequestHeaders.of(map));
    }

    private static Response answer(Request request) {
        return ConditionalGet.answer(request, Response.JSON, BODY, Optional.of(MODIFIED), FRESHNESS);
    }

    @Test
    void withoutPreconditionsTheBodyIsServedAsRenderedWithItsTag() {
        Response plain = answer(get());

        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body()).isSameAs(BODY.identity().body());
        assertThat(plain.headers()).containsEntry("ETag", TAG).containsEntry("Vary", "Accept-Encoding")
                .doesNotContainKey("Content-Encoding").containsAllEntriesOf(FRESHNESS);
    }

    @Test
    void gzipWhenAcceptedWithItsOwnTag() throws IOException {
        Response gzipped = answer(get("Accept-Encoding", "gzip, deflate"));

        assertThat(gzipped.status()).isEqualTo(200);
        assertThat(gzipped.body()).isSameAs(BODY.gzip().body());
        assertThat(RenderedTest.gunzip(gzipped.body())).isEqualTo(BODY.identity().body());
        assertThat(gzipped.headers()).containsEntry("Content-Encoding", "gzip").containsEntry("ETag", GZ_TAG)
                .containsEntry("Vary", "Accept-Encoding");
        assertThat(answer(get("Accept-Encoding", "gzip;q=0")).headers()).doesNotContainKey("Content-Encoding");
    }

    @Test
    void ifNoneMatchWithTheCurrentTagIs304WithoutBodyKeepingTheHeaders() {
        for (String field : List.of(TAG, "W/" + TAG, "\"old\", " + TAG, "*")) {
            Response notModified = answer(get("If-None-Match", field));

            assertThat(notModified.status()).as(field).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
            assertThat(notModified.headers()).containsEntry("ETag", TAG).containsEntry("Vary", "Accept-Encoding")
                    .containsAllEntriesOf(FRESHNESS).doesNotContainKey("Content-Encoding");
        }
    }

    @Test
    void theTagComparedIsTheNegotiatedRepresentations() {
        assertThat(answer(get("If-None-Match", GZ_TAG, "Accept-Encoding", "gzip")).status()).isEqualTo(304);
        assertThat(answer(get("If-None-Match", GZ_TAG)).status()).as("identity asked for, gzip held").isEqualTo(200);
        Response gzipAgain = answer(get("If-None-Match", TAG, "Accept-Encoding", "gzip"));
        assertThat(gzipAgain.status()).as("gzip asked for, identity held").isEqualTo(200);
        assertThat(gzipAgain.headers()).containsEntry("ETag", GZ_TAG);
    }

    @Test
    void anotherTagIsAFullAnswer() {
        assertThat(answer(get("If-None-Match", "\"old\"")).status()).isEqualTo(200);
        assertThat(answer(get("If-None-Match", "garbage")).status()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceIsComparedAtTheSecond() {
        assertThat(answer(get("If-Modified-Since", "Mon, 30 Nov 2026 10:00:00 GMT")).status()).isEqualTo(304);
        assertThat(answer(get("If-Modified-Since", "Mon, 30 Nov 2026 10:00:05 GMT")).status()).isEqualTo(304);
        assertThat(answer(get("If-Modified-Since", "Mon, 30 Nov 2026 09:59:59 GMT")).status()).isEqualTo(200);
        assertThat(answer(get("If-Modified-Since", "not a date")).status()).isEqualTo(200);
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() {
        String since = "Mon, 30 Nov 2026 10:00:05 GMT";
        assertThat(answer(get("If-None-Match", "\"old\"", "If-Modified-Since", since)).status()).isEqualTo(200);
        assertThat(answer(get("If-None-Match", TAG, "If-Modified-Since", "Sun, 01 Jan 2006 00:00:00 GMT")).status())
                .isEqualTo(304);
    }

    @Test
    void ifModifiedSinceIsIgnoredWithoutAValidatingDate() {
        Response answer = ConditionalGet.answer(get("If-Modified-Since", "Mon, 30 Nov 2026 10:00:05 GMT"),
                Response.JSON, BODY, Optional.empty(), FRESHNESS);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isSameAs(BODY.identity().body());
    }
}
