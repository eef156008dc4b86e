package io.hvmon.app.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer built by a handler: status, content type, extra headers and either the complete body bytes or, for
 * server-sent events, a {@link ResponseStream} (then {@code body} is empty). Handlers build complete bodies from an
 * immutable snapshot, so writing them never waits on anything but the network.
 */
public record Response(int status, String contentType, Map<String, String> headers, byte[] body,
                       ResponseStream stream) {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String HTML = "text/html; charset=utf-8";

    private static final byte[] NO_BODY = new byte[0];

    public Response {
        headers = Map.copyOf(headers);
    }

    /** A complete answer. */
    public Response(int status, String contentType, Map<String, String> headers, byte[] body) {
        this(status, contentType, headers, body, null);
    }

    /** A 200 whose body the stream writes over time, without a length. */
    public static Response streaming(String contentType, Map<String, String> headers, ResponseStream stream) {
        return new Response(200, contentType, headers, NO_BODY, java.util.Objects.requireNonNull(stream, "stream"));
    }

    public static Response json(byte[] body) {
        return new Response(200, JSON, Map.of(), body);
    }

    public static Response html(String body) {
        return new Response(200, HTML, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header. */
    public Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, contentType, more, body, stream);
    }
}
