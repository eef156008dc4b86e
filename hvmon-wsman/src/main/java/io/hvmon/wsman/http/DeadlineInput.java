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
    private volatile Instant deadline = Instant.MAX;

    DeadlineInput(Socket socket, Traffic traffic) throws IOException {
        this.socket = socket;
        this.in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
        this.traffic = traffic;
    }

    void deadline(Instant deadline) {
        this.deadline = deadline;
    }

    private void arm() throws IOException {
        long remaining = deadline.equals(Instant.MAX) ? 0 : java.time.Duration.between(Instant.now(), deadline).toMillis();
        if (!deadline.equals(Instant.MAX) && remaining <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(0, remaining)));
    }

    @Override
    public int read() throws IOException {
        arm();
        int b = in.read();
        if (b >= 0) {
            traffic.received(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        arm();
        int n = in.read(b, off, len);
        if (n > 0) {
            traffic.received(n);
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
