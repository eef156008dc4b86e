package io.hvmon.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.hvmon.app.security.ServerTlsContext;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP(S) server: the JDK's HttpServer, one virtual thread per exchange. Every request passes the
 * {@link Gatekeeper} (allowlist, limits, API key) before the {@link Router} builds the answer; every answer carries
 * the {@link SecurityHeaders} and is written to the {@link AccessLog}. Handlers only read immutable snapshots, so no
 * request ever waits on a collection.
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpApi.class.getName());

    static {
        ServerLimits.apply();
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Router router;
    private final Gatekeeper gatekeeper;
    private final Semaphore inFlight;
    private final AccessLog accessLog = new AccessLog(RefusalLogLimiter.defaults());
    private final boolean https;

    private HttpApi(HttpServer server, Router router, HttpOptions options) {
        this.server = server;
        this.router = router;
        this.gatekeeper = new Gatekeeper(options.policy(), options.maxUrlLength());
        this.inFlight = new Semaphore(options.maxConcurrent());
        this.https = options.tls().isPresent();
    }

    /** Plain http, open to everyone: for tests and embedding. */
    public static HttpApi start(InetSocketAddress address, Router router) throws IOException {
        return start(address, router, HttpOptions.plain(io.hvmon.app.security.AccessPolicy.open()));
    }

    /** Binds (port 0 picks a free port) and starts serving. */
    public static HttpApi start(InetSocketAddress address, Router router, HttpOptions options) throws IOException {
        ServerLimits.apply();
        HttpServer server;
        if (options.tls().isPresent()) {
            ServerTlsContext tls = options.tls().get();
            HttpsServer httpsServer = HttpsServer.create(address, 128);
            httpsServer.setHttpsConfigurator(new HttpsConfigurator(tls.context()) {
                @Override
                public void configure(HttpsParameters params) {
                    params.setSSLParameters(tls.parameters());
                }
            });
            server = httpsServer;
        } else {
            server = HttpServer.create(address, 128);
        }
        HttpApi api = new HttpApi(server, router, options);
        server.createContext("/", api::serve);
        server.setExecutor(api.executor);
        server.start();
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public boolean https() {
        return https;
    }

    private void serve(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String rawTarget = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            InetAddress peer = exchange.getRemoteAddress().getAddress();
            RequestHeaders headers = RequestHeaders.of(exchange.getRequestHeaders());
            Gatekeeper.Verdict verdict = gatekeeper.check(peer, headers, rawTarget, path);
            Response response;
            if (!verdict.admitted()) {
                response = verdict.refusal();
            } else if (!inFlight.tryAcquire()) {
                response = ProblemJson.response(Problem.unavailable("too many requests at once; try again", 1), path);
            } else {
                try {
                    response = route(method, path, exchange.getRequestURI().getRawQuery(), headers);
                } finally {
                    inFlight.release();
                }
            }
            long bytes = send(exchange, method.equals("HEAD"), response);
            accessLog.log(verdict.client(), peer, method, exchange.getRequestURI().getRawPath(), verdict.keyName(),
                    response.status(), bytes, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Response route(String method, String path, String rawQuery, RequestHeaders headers) {
        try {
            return router.route(method, path, rawQuery, headers);
        } catch (ProblemException e) {
            return ProblemJson.response(e.problem(), path);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "error answering " + method + " " + path, e);
            return ProblemJson.response(Problem.of(500, "internal error; the server log has the details"), path);
        }
    }

    /** Writes the answer; returns the body bytes sent. */
    private static long send(HttpExchange exchange, boolean head, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        SecurityHeaders.add(headers, response.contentType());
        response.headers().forEach(headers::set);
        if (head) {
            headers.set("Content-Length", Integer.toString(response.body().length));
            exchange.sendResponseHeaders(response.status(), -1);
            return 0;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
        return response.body().length;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
