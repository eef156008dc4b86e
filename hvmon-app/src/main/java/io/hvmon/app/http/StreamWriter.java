package io.hvmon.app.http;

import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a {@link ResponseStream} answer with Jetty's {@code Response.write(last, buffer, callback)}: the headers
 * (with the {@link SecurityHeaders}, no length: the body is chunked), then each piece the stream sends, blocking the
 * request's virtual thread until the network has taken it, then the end. A client that stops reading fails the
 * write after the connection's idle timeout, which ends the stream.
 */
final class StreamWriter {

    private StreamWriter() {
    }

    /**
     * Runs the stream to its end and completes {@code done} (failed when a write failed), counting the body bytes
     * in {@code sent}. The stream is always closed.
     */
    static void write(org.eclipse.jetty.server.Response target, Response answer, boolean head, AtomicLong sent,
                      Callback done) {
        ResponseWriter.writeHead(target, answer);
        ResponseStream stream = answer.stream();
        try {
            if (!head) {
                stream.writeTo(text -> {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    blocking(target, false, ByteBuffer.wrap(bytes));
                    sent.addAndGet(bytes.length);
                });
            }
            stream.close();
            target.write(true, null, done);
        } catch (IOException | RuntimeException e) {
            stream.close();
            done.failed(e);
        }
    }

    private static void blocking(org.eclipse.jetty.server.Response target, boolean last, ByteBuffer buffer)
            throws IOException {
        FutureCallback written = new FutureCallback();
        target.write(last, buffer, written);
        try {
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while writing");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }
}
