package io.hvmon.wsman.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Instant;

/**
 * The socket's input with a deadline for the whole answer, not only per read: a peer trickling one byte a second
 * never resets the clock. Each read waits at most until the deadline.
 */
final class DeadlineInput extends InputStream {

    private final Socket socket;
    private final InputStream in;
    private final Traffic traffic;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private volatile Instant deadline = Instant.MAX;

    DeadlineInput(Socket socket, Traffic traffic) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.traffic = traffic;
    }

    void deadline(Instant deadline) {
        this.deadline = deadline;
    }

    // The timeout is re-armed only before a read that goes to the socket, not for bytes already buffered.
    private void arm() throws IOException {
        long remaining = deadline.equals(Instant.MAX) ? 0 : java.time.Duration.between(Instant.now(), deadline).toMillis();
        if (!deadline.equals(Instant.MAX) && remaining <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(0, remaining)));
    }

    /** Refills the empty buffer from the socket; false at the end of the stream. */
    private boolean fill() throws IOException {
        arm();
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        traffic.received(n);
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int available = limit - position;
        if (available > 0) {
            int n = Math.min(available, len);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            return n;
        }
        if (len >= buffer.length) { // a large read (a body) goes straight to the caller's array
            arm();
            int n = in.read(b, off, len);
            if (n > 0) {
                traffic.received(n);
            }
            return n;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(limit - position, len);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return (limit - position) + in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
