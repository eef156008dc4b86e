package io.hvmon.app.http;

import java.util.function.BiConsumer;

/**
 * Headers on every answer. JSON is never cached (it describes a moment and may be sensitive); no page may frame
 * ours; the HTML page (the dashboard) may load its own script, style and images and ask its own API, nothing else:
 * no inline script or style, no other origin. A handler's own headers come after these and win.
 */
final class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Puts each header through {@code put(name, value)}, replacing any earlier value. */
    static void add(BiConsumer<String, String> put, String contentType) {
        put.accept("X-Content-Type-Options", "nosniff");
        put.accept("Cache-Control", "no-store");
        put.accept("Referrer-Policy", "no-referrer");
        put.accept("X-Frame-Options", "DENY");
        put.accept("Content-Security-Policy", contentType.startsWith("text/html") ? PAGE_POLICY : API_POLICY);
    }
}
