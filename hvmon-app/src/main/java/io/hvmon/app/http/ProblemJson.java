package io.hvmon.app.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a {@link Problem} as {@code application/problem+json} (RFC 9457) with its headers. Handlers that add headers
 * or extension members to a problem build the response here instead of throwing {@link ProblemException}.
 */
public final class ProblemJson {

    private static final JsonFactory JSON = new JsonFactory();

    /** Extension members written after the standard ones (RFC 9457 §3.2). */
    @FunctionalInterface
    public interface Members {
        void write(JsonGenerator json) throws IOException;

        Members NONE = json -> { };
    }

    private ProblemJson() {
    }

    public static Response response(Problem problem, String instance) {
        return response(problem, instance, Members.NONE);
    }

    public static Response response(Problem problem, String instance, Members members) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        if (problem.retryAfter() > 0) {
            headers.put("Retry-After", Long.toString(problem.retryAfter()));
        }
        if (problem.allow() != null) {
            headers.put("Allow", problem.allow());
        }
        return new Response(problem.status(), Response.PROBLEM_JSON, headers, body(problem, instance, members));
    }

    private static byte[] body(Problem problem, String instance, Members members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "about:blank");
            json.writeStringField("title", problem.title());
            json.writeNumberField("status", problem.status());
            json.writeStringField("detail", problem.detail());
            json.writeStringField("instance", instance);
            members.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
