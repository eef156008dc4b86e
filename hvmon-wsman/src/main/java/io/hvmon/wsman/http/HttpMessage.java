package io.hvmon.wsman.http;

/**
 * One HTTP/1.1 request or response: its start line ({@code POST /wsman HTTP/1.1} or {@code HTTP/1.1 200 OK}), header
 * fields and complete body.
 */
public record HttpMessage(String startLine, HttpHeaders headers, byte[] body) {

    public static HttpMessage request(String method, String target, HttpHeaders headers, byte[] body) {
        return new HttpMessage(method + " " + target + " HTTP/1.1", headers, body);
    }

    public static HttpMessage response(int status, String reason, HttpHeaders headers, byte[] body) {
        return new HttpMessage("HTTP/1.1 " + status + " " + reason, headers, body);
    }

    /** The status code of a response; -1 when the start line is not a status line. */
    public int status() {
        String[] parts = startLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The method of a request. */
    public String method() {
        int space = startLine.indexOf(' ');
        return space < 0 ? startLine : startLine.substring(0, space);
    }

    /** The request target (path) of a request. */
    public String target() {
        String[] parts = startLine.split(" ", 3);
        return parts.length < 2 ? "" : parts[1];
    }

    public String contentType() {
        return headers.first("Content-Type").orElse("");
    }

    /** Whether the peer asked to close the connection after this message. */
    public boolean wantsClose() {
        return headers.first("Connection").map(v -> v.equalsIgnoreCase("close")).orElse(false)
                || startLine.endsWith("HTTP/1.0") || startLine.startsWith("HTTP/1.0");
    }

    @Override
    public String toString() {
        return startLine + " " + headers + " (" + body.length + " bytes)";
    }
}
