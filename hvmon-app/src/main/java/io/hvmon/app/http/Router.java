package io.hvmon.app.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps paths to handlers: exact paths ({@code /hvm/replicas}) and paths with one trailing variable segment
 * ({@code /hvm/vms/{id}}, registered as the prefix {@code /hvm/vms/}). Only GET and HEAD exist.
 */
public final class Router {

    static final String ALLOWED = "GET, HEAD";

    private final Map<String, Handler> exact = new LinkedHashMap<>();
    private final Map<String, Handler> withVariable = new LinkedHashMap<>();

    public Router get(String path, Handler handler) {
        exact.put(path, handler);
        return this;
    }

    /** {@code getWithId("/hvm/vms/", h)} answers {@code /hvm/vms/<anything without a slash>}. */
    public Router getWithId(String prefix, Handler handler) {
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("a variable route's prefix ends with '/': " + prefix);
        }
        withVariable.put(prefix, handler);
        return this;
    }

    /** Finds and runs the handler, for a request without headers. */
    public Response route(String method, String path, String rawQuery) {
        return route(method, path, rawQuery, RequestHeaders.NONE);
    }

    /** Finds and runs the handler; unknown paths and methods become problems. */
    public Response route(String method, String path, String rawQuery, RequestHeaders headers) {
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Handler handler = exact.get(normalized);
        String variable = null;
        if (handler == null) {
            for (Map.Entry<String, Handler> route : withVariable.entrySet()) {
                String prefix = route.getKey();
                if (normalized.startsWith(prefix) && normalized.length() > prefix.length()
                        && normalized.indexOf('/', prefix.length()) < 0) {
                    handler = route.getValue();
                    variable = normalized.substring(prefix.length());
                    break;
                }
            }
        }
        if (handler == null) {
            throw new ProblemException(Problem.notFound("no such resource: " + path + " (the index at / lists them)"));
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new ProblemException(Problem.methodNotAllowed(method, ALLOWED));
        }
        return handler.handle(new Request(method, normalized, variable, Request.parseQuery(rawQuery), headers));
    }
}
