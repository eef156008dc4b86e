package io.hvmon.app.api.cache;

import io.hvmon.app.http.Request;
import io.hvmon.app.http.Response;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a GET or HEAD from a body rendered once ({@link Rendered}, {@link CompressedBody}): the representation
 * {@code Accept-Encoding} allows, with its {@code ETag}, {@code Vary: Accept-Encoding} (after any {@code Vary} the caller gives) and, for gzip,
 * {@code Content-Encoding}; or 304 without a body when the client's copy is current. Preconditions in RFC 9110
 * §13.2.2's order: {@code If-None-Match} when present (weak comparison, {@code *} included), else
 * {@code If-Modified-Since} — and that only where the caller has a {@code Last-Modified} that changes whenever the
 * body does. HEAD gets what GET gets; the HTTP layer leaves the body out.
 */
public final class ConditionalGet {

    public static final int NOT_MODIFIED = 304;
    private static final byte[] NO_BODY = new byte[0];

    private ConditionalGet() {
    }

    /**
     * @param lastModified the body's last change, when it is a validator for it: If-Modified-Since is evaluated against
     *                     it (at the second, as HTTP dates go); empty to ignore If-Modified-Since
     * @param more         headers of the answer either way (a 304 carries them too, as caches update theirs from it)
     */
    public static Response answer(Request request, String contentType, Servable rendered, Optional<Instant> lastModified,
                                  Map<String, String> more) {
        Representation chosen = rendered.select(AcceptEncoding.allowsGzip(request.headers().all("Accept-Encoding")));
        Map<String, String> headers = new LinkedHashMap<>(more);
        headers.put("ETag", chosen.etag());
        headers.merge("Vary", "Accept-Encoding", (given, encoding) -> given + ", " + encoding);
        if (notModified(request, chosen, lastModified)) {
            return new Response(NOT_MODIFIED, contentType, headers, NO_BODY);
        }
        if (chosen.gzipped()) {
            headers.put("Content-Encoding", chosen.contentEncoding());
        }
        return new Response(200, contentType, headers, chosen.body());
    }

    private static boolean notModified(Request request, Representation chosen, Optional<Instant> lastModified) {
        List<String> ifNoneMatch = request.headers().all("If-None-Match");
        if (!ifNoneMatch.isEmpty()) {
            return EntityTags.parse(ifNoneMatch).matches(chosen.etag());
        }
        if (lastModified.isEmpty()) {
            return false;
        }
        Instant modified = lastModified.get().truncatedTo(ChronoUnit.SECONDS);
        return HttpDate.parse(request.headers().all("If-Modified-Since")).map(since -> !modified.isAfter(since))
                .orElse(false);
    }
}
