package io.hvmon.app.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Writes an answer into Jetty's response in one go: status, content type, the {@link SecurityHeaders}, the answer's
 * own headers, {@code Content-Length}, and the body bytes as they are (wrapped, not copied). A HEAD answer has the
 * length of the body it leaves out.
 */
final class ResponseWriter {

    private ResponseWriter() {
    }

    /** The body bytes {@link #write} sends for this answer. */
    static long bodyBytes(Response answer, boolean head) {
        return head || HttpStatus.hasNoBody(answer.status()) ? 0 : answer.body().length;
    }

    /** Status, content type, the security headers, then the answer's own (which win); returns the fields for more. */
    static HttpFields.Mutable writeHead(org.eclipse.jetty.server.Response target, Response answer) {
        target.setStatus(answer.status());
        HttpFields.Mutable fields = target.getHeaders();
        fields.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        SecurityHeaders.add(fields::put, answer.contentType());
        answer.headers().forEach(fields::put);
        return fields;
    }

    /** Writes the answer; {@code close}: close the connection after it. The callback may run before this returns. */
    static void write(org.eclipse.jetty.server.Response target, Response answer, boolean head, boolean close,
                      Callback callback) {
        HttpFields.Mutable fields = writeHead(target, answer);
        if (close) {
            fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
        }
        boolean bodyless = HttpStatus.hasNoBody(answer.status()); // 1xx, 204, 304: no body, no length of one
        if (!bodyless) {
            fields.put(HttpHeader.CONTENT_LENGTH, Integer.toString(answer.body().length));
        }
        target.write(true, bodyBytes(answer, head) > 0 ? ByteBuffer.wrap(answer.body()) : null, callback);
    }
}
