package io.hvmon.app.http;

/**
 * An error answer (RFC 9457 {@code application/problem+json}): a real status code and a plain-words detail, never a
 * {@code 200} with {@code null}.
 *
 * @param status     the HTTP status
 * @param detail     what went wrong and, where useful, what to do
 * @param retryAfter seconds for a {@code Retry-After} header, or 0 for none
 * @param allow      methods for an {@code Allow} header (405), or null
 */
public record Problem(int status, String detail, long retryAfter, String allow) {

    public static Problem of(int status, String detail) {
        return new Problem(status, detail, 0, null);
    }

    public static Problem notFound(String detail) {
        return of(404, detail);
    }

    public static Problem badRequest(String detail) {
        return of(400, detail);
    }

    public static Problem unavailable(String detail, long retryAfterSeconds) {
        return new Problem(503, detail, Math.max(1, retryAfterSeconds), null);
    }

    public static Problem methodNotAllowed(String method, String allow) {
        return new Problem(405, "method " + method + " is not allowed here; use " + allow, 0, allow);
    }

    /** The standard reason phrase, used as the problem's title. */
    public String title() {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Error";
        };
    }
}
