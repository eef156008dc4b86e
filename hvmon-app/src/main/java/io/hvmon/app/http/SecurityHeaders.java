package io.hvmon.app.http;

import com.sun.net.httpserver.Headers;

/**
 * Headers on every answer. JSON is never cached (it describes a moment and may be sensitive); no page may frame
 * ours; the HTML page may load nothing but its own inline styles. A handler's own headers come after these and win,
 * so a later dashboard can widen its policy deliberately.
 */
final class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self';"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void add(Headers headers, String contentType) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", contentType.startsWith("text/html") ? PAGE_POLICY : API_POLICY);
    }
}
