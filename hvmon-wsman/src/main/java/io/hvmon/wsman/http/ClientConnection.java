package io.hvmon.wsman.http;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * One kept-alive HTTP/1.1 connection to a WS-Man endpoint. NTLM authenticates a connection, not a request, so a
 * session keeps exactly one and starts over (a fresh handshake) when it is lost.
 */
public final class ClientConnection implements Closeable {

    private final Socket socket;
    private final DeadlineInput in;
    private final OutputStream out;
    private final HttpLimits limits;
    private final Traffic traffic;
    private volatile boolean open = true;

    private ClientConnection(Socket socket, HttpLimits limits, Traffic traffic) throws IOException {
        this.socket = socket;
        this.in = new DeadlineInput(socket, traffic);
        this.out = new java.io.BufferedOutputStream(new java.io.FilterOutputStream(socket.getOutputStream()) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                traffic.sent(len);
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                traffic.sent(1);
            }
        }, 16 * 1024);
        this.limits = limits;
        this.traffic = traffic;
    }

    /**
     * Connects to the URI's host and port (5985 for http, 5986 for https when none is given); for https, completes
     * the TLS handshake with the host name verified (unless the context trusts everything).
     */
    public static ClientConnection open(URI endpoint, SSLContext tls, boolean verifyHostName, Duration connectTimeout,
                                        HttpLimits limits) throws IOException {
        return open(endpoint, tls, verifyHostName, connectTimeout, limits, new Traffic());
    }

    /** As {@link #open(URI, SSLContext, boolean, Duration, HttpLimits)}, counting the bytes into {@code traffic}. */
    public static ClientConnection open(URI endpoint, SSLContext tls, boolean verifyHostName, Duration connectTimeout,
                                        HttpLimits limits, Traffic traffic) throws IOException {
        boolean https = "https".equalsIgnoreCase(endpoint.getScheme());
        int port = endpoint.getPort() > 0 ? endpoint.getPort() : https ? 5986 : 5985;
        Socket plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress(endpoint.getHost(), port), (int) connectTimeout.toMillis());
            if (!https) {
                return new ClientConnection(plain, limits, traffic);
            }
            SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(plain, endpoint.getHost(), port, true);
            SSLParameters parameters = secure.getSSLParameters();
            parameters.setProtocols(TlsContexts.PROTOCOLS);
            if (verifyHostName) {
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
            }
            secure.setSSLParameters(parameters);
            secure.setSoTimeout((int) connectTimeout.toMillis());
            secure.startHandshake();
            return new ClientConnection(secure, limits, traffic);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /**
     * The TLS channel binding of this connection (RFC 5929 tls-server-end-point), which Kerberos and NTLM put into
     * their logon so that it cannot be relayed to another TLS channel; empty over http.
     */
    public java.util.Optional<byte[]> channelBinding() throws IOException {
        if (!(socket instanceof SSLSocket secure)) {
            return java.util.Optional.empty();
        }
        java.security.cert.Certificate[] chain = secure.getSession().getPeerCertificates();
        return java.util.Optional.of(ChannelBindings.tlsServerEndPoint(
                (java.security.cert.X509Certificate) chain[0]));
    }

    /** Sends a request and reads its response, all before the deadline. */
    public HttpMessage exchange(HttpMessage request, Instant deadline) throws IOException {
        if (!open) {
            throw new IOException("connection is closed");
        }
        try {
            in.deadline(deadline);
            traffic.request();
            HttpWire.write(out, request);
            HttpMessage response = HttpWire.read(in, limits, request.method().equals("HEAD"));
            if (response == null) {
                throw new java.io.EOFException("the server closed the connection without answering");
            }
            if (response.wantsClose()) {
                close();
            }
            return response;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public boolean isOpen() {
        return open && !socket.isClosed();
    }

    @Override
    public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a broken socket can fail; it is closed either way
        }
    }
}
