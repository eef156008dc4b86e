package io.hvmon.app.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete answer built by a handler: status, content type, extra headers and the body bytes. Handlers build it
 * from an immutable snapshot, so writing it never waits on anything but the network.
 */
public record Response(int status, String contentType, Map<String, String> headers, byte[] body) {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String HTML = "text/html; charset=utf-8";

    public Response {
        headers = Map.copyOf(headers);
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
        return new Response(status, contentType, more, body);
    }
}
