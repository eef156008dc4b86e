package io.hvmon.app.http;

import io.hvmon.app.security.AccessPolicy;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SslConnectionFactory;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP(S) server: Jetty 12's core API (no servlets), each request on its own virtual thread. Connections are
 * judged when accepted ({@link ConnectionGate}) and timed while they send a request ({@link HeadDeadline}); every
 * request passes the {@link Gatekeeper} before the {@link Router} builds the answer; every answer, Jetty's own error
 * answers included ({@link ProblemErrorHandler}), carries the {@link SecurityHeaders} and is written to the
 * {@link AccessLog}. Handlers only read immutable snapshots, so no request ever waits on a collection.
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpApi.class.getName());
    /** Held: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

    static {
        // Jetty logs its version and every start and stop at INFO: keep its warnings, unless the user's logging
        // configuration says otherwise.
        if (JETTY_LOG.getLevel() == null) {
            JETTY_LOG.setLevel(Level.WARNING);
        }
    }

    private final Server server;
    private final GuardedConnector connector;
    private final boolean https;

    private HttpApi(Server server, GuardedConnector connector, boolean https) {
        this.server = server;
        this.connector = connector;
        this.https = https;
    }

    /**
     * Initialises what starting the server needs and is slow on a cold JVM, ahead of {@link #start}: Jetty's MIME
     * table (it lists every locale the JDK has) and the time-zone rules (the server's start time, the Date header).
     */
    public static void preinitialize() {
        try {
            Class.forName(MimeTypes.class.getName(), true, HttpApi.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        ZonedDateTime.now(ZoneId.systemDefault());
    }

    /** Plain http, open to everyone: for tests and embedding. */
    public static HttpApi start(InetSocketAddress address, Router router) throws IOException {
        return start(address, router, HttpOptions.plain(AccessPolicy.open()));
    }

    /** Binds (port 0 picks a free port) and starts serving. */
    public static HttpApi start(InetSocketAddress address, Router router, HttpOptions options) throws IOException {
        ConnectionLimits limits = options.connections();
        AccessLog accessLog = new AccessLog(RefusalLogLimiter.defaults());
        LimitLog limitLog = LimitLog.defaults();
        ConnectionGate gate = new ConnectionGate(options.policy(), limits, limitLog);

        Server server = new Server(JettySettings.threadPool());
        server.setErrorHandler(new ProblemErrorHandler(accessLog, JettySettings.MAX_HEAD_BYTES));
        HttpConnectionFactory http = new HttpConnectionFactory(JettySettings.httpConfiguration());
        ConnectionFactory[] factories = options.tls()
                .map(tls -> new ConnectionFactory[] {
                        new SslConnectionFactory(JettySettings.tls(tls), http.getProtocol()), http})
                .orElse(new ConnectionFactory[] {http});
        GuardedConnector connector = new GuardedConnector(server, gate, JettySettings.selectors(), factories);
        connector.setHost(address.getAddress() == null ? address.getHostString()
                : address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(JettySettings.ACCEPT_QUEUE);
        server.addConnector(connector);
        // Past the capacity and its overflow, stop accepting: clients wait in the system's queue, none is dropped.
        server.addBean(new NetworkConnectionLimit(limits.acceptCeiling(), connector));
        server.addBean(new HeadDeadline(connector, limits.requestHeadTimeout(), limitLog));
        server.setHandler(new ApiHandler(router,
                new Gatekeeper(options.policy(), options.maxUrlLength(), JettySettings.MAX_HEADERS),
                new RequestSlots(options.maxConcurrent(), RequestSlots.MAX_WAIT), accessLog, limitLog));
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw asIoException(e);
        }
        return new HttpApi(server, connector, options.tls().isPresent());
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The address and port bound. */
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("the server is not listening", e);
        }
    }

    public boolean https() {
        return https;
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "error while stopping the HTTP server (stopping anyway)", e);
        }
    }

    /** Start failures as callers expect them: a port in use as the {@link BindException} itself. */
    private static IOException asIoException(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return bind;
            }
        }
        return e instanceof IOException io ? io : new IOException("cannot start the HTTP server: " + e.getMessage(), e);
    }
}
