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
    private volatile Instant deadline = Instant.MAX;

    DeadlineInput(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
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
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        arm();
        return in.read(b, off, len);
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
