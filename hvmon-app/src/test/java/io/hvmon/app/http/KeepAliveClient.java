package io.hvmon.app.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 connection kept open over several requests, from a chosen local address: what a scraper or a load
 * tool does. Reads each answer by its Content-Length, so the connection stays usable.
 */
final class KeepAliveClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;

    private KeepAliveClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    static KeepAliveClient connect(String from, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            return new KeepAliveClient(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** A connection opened elsewhere (over TLS, say). */
    static KeepAliveClient over(Socket connected) throws IOException {
        connected.setSoTimeout(30_000);
        return new KeepAliveClient(connected);
    }

    /** Sends a GET and reads its answer; the status is -1 when the server closed the connection instead. */
    RawHttp get(String target) throws IOException {
        socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: hvmon\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return read();
    }

    /** Reads one answer: the head up to the empty line, then Content-Length bytes. */
    RawHttp read() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (int last4 = 0; last4 != 0x0d0a0d0a; ) {
            int b = in.read();
            if (b < 0) {
                return RawHttp.parse(head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        RawHttp parsed = RawHttp.parse(head.toString(StandardCharsets.ISO_8859_1));
        String length = parsed.header("Content-Length");
        byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
        return RawHttp.parse(head.toString(StandardCharsets.ISO_8859_1) + new String(body, StandardCharsets.UTF_8));
    }

    /** Whether the server has closed this connection: end of stream (or a reset) within the socket's timeout. */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketTimeoutException stillOpen) {
            throw stillOpen;
        } catch (IOException resetOrTlsAlert) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
