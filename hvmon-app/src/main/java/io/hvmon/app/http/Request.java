package io.hvmon.app.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handler needs of a request: the decoded path, its variable part (e.g. the VM id of {@code /hvm/vms/{id}}) and
 * the query parameters.
 */
public record Request(String method, String path, String pathVariable, Map<String, List<String>> query,
                      RequestHeaders headers) {

    public Request {
        query = Map.copyOf(query);
        java.util.Objects.requireNonNull(headers, "headers");
    }

    /** A request without headers (tests, internal calls). */
    public Request(String method, String path, String pathVariable, Map<String, List<String>> query) {
        this(method, path, pathVariable, query, RequestHeaders.NONE);
    }

    /** The first value of a request header, or null. */
    public String header(String name) {
        return headers.first(name);
    }

    /** The single value of a query parameter, or null; a parameter given twice is a bad request. */
    public String param(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new ProblemException(Problem.badRequest("query parameter '" + name + "' is given " + values.size()
                    + " times; give it once"));
        }
        return values.getFirst();
    }

    /** Parses {@code a=1&b=2}; a malformed percent-escape is a bad request. */
    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
        }
        params.replaceAll((k, v) -> List.copyOf(v));
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.badRequest("malformed percent-encoding in the query string"));
        }
    }
}
