package io.hvmon.wsman.http;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A small HTTP/1.1 server for WS-Man endpoints: one virtual thread per connection, one {@link WireHandler} per
 * connection (so authentication state can live with its connection, as NTLM requires), bounded connection count,
 * idle timeout and message sizes.
 */
public final class WireServer implements Closeable {

    private static final Logger LOG = Logger.getLogger(WireServer.class.getName());

    private final ServerSocket listener;
    private final Supplier<WireHandler> handlers;
    private final HttpLimits limits;
    private final int idleTimeoutMillis;
    private final Semaphore connectionSlots;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private WireServer(ServerSocket listener, Supplier<WireHandler> handlers, HttpLimits limits, int idleTimeoutMillis,
                       int maxConnections) {
        this.listener = listener;
        this.handlers = handlers;
        this.limits = limits;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.connectionSlots = new Semaphore(maxConnections);
    }

    /** Binds (port 0: any free port) and starts accepting; {@code tls} null for plain HTTP. */
    public static WireServer start(InetSocketAddress address, SSLContext tls, Supplier<WireHandler> handlers,
                                   HttpLimits limits, java.time.Duration idleTimeout, int maxConnections)
            throws IOException {
        ServerSocket listener = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        if (listener instanceof SSLServerSocket secure) {
            secure.setEnabledProtocols(TlsContexts.PROTOCOLS);
        }
        listener.setReuseAddress(true);
        listener.bind(address, 128);
        WireServer server = new WireServer(listener, handlers, limits, (int) idleTimeout.toMillis(), maxConnections);
        Thread.ofVirtual().name("wsman-accept-" + listener.getLocalPort()).start(server::acceptLoop);
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "accept failed on port " + port(), e);
                }
                continue;
            }
            if (!connectionSlots.tryAcquire()) {
                closeQuietly(socket); // over the connection limit: refuse rather than queue without bound
                continue;
            }
            connections.add(socket);
            Thread.ofVirtual().name("wsman-conn").start(() -> {
                try {
                    serve(socket);
                } finally {
                    connections.remove(socket);
                    connectionSlots.release();
                    closeQuietly(socket);
                }
            });
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setSoTimeout(idleTimeoutMillis);
            socket.setTcpNoDelay(true);
            InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            WireHandler handler = handlers.get();
            if (socket instanceof javax.net.ssl.SSLSocket secure) {
                handler.tlsEstablished(secure.getSession()); // handshakes first: the binding needs the session
            }
            while (!closed) {
                HttpMessage request = HttpWire.read(in, limits, false);
                if (request == null) {
                    return;
                }
                WireHandler.Reply reply = handler.handle(request);
                if (reply.message() == null) {
                    return;
                }
                if (reply.trickle().isPositive()) {
                    trickle(out, reply);
                } else {
                    HttpWire.write(out, reply.message());
                }
                if (reply.closeAfter() || request.wantsClose()) {
                    return;
                }
            }
        } catch (SocketTimeoutException idle) {
            // the client went quiet: close its connection
        } catch (HttpWireException e) {
            answerBadRequest(socket, e.getMessage());
        } catch (IOException e) {
            if (!closed) { // when the server closes, its own closing of the sockets ends them: nothing to tell
                LOG.log(Level.FINE, "connection ended", e);
            }
        }
    }

    private static void trickle(OutputStream out, WireHandler.Reply reply) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        HttpWire.write(whole, reply.message());
        byte[] bytes = whole.toByteArray();
        try {
            for (int i = 0; i < bytes.length; i += 16) {
                out.write(bytes, i, Math.min(16, bytes.length - i));
                out.flush();
                Thread.sleep(reply.trickle().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answerBadRequest(Socket socket, String why) {
        try {
            OutputStream out = socket.getOutputStream();
            HttpWire.write(out, HttpMessage.response(400, "Bad Request", HttpHeaders.of("Connection", "close",
                    "Content-Type", "text/plain; charset=utf-8"), why.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException ignored) {
            // the peer is gone
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.forEach(WireServer::closeQuietly);
    }
}
