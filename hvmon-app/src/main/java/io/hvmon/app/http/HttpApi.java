package io.hvmon.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP server: the JDK's HttpServer, one virtual thread per exchange, every answer built by the {@link Router}.
 * Handlers only read immutable snapshots, so no request ever waits on a collection.
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpApi.class.getName());

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private HttpApi(HttpServer server) {
        this.server = server;
    }

    /** Binds (port 0 picks a free port) and starts serving. */
    public static HttpApi start(InetSocketAddress address, Router router) throws IOException {
        HttpServer server = HttpServer.create(address, 128);
        HttpApi api = new HttpApi(server);
        server.createContext("/", exchange -> api.serve(exchange, router));
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

    private void serve(HttpExchange exchange, Router router) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            Response response;
            try {
                response = router.route(method, exchange.getRequestURI().getPath(),
                        exchange.getRequestURI().getRawQuery());
            } catch (ProblemException e) {
                response = ProblemJson.response(e.problem(), exchange.getRequestURI().getPath());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "error answering " + method + " " + exchange.getRequestURI().getPath(), e);
                response = ProblemJson.response(Problem.of(500, "internal error; the server log has the details"),
                        exchange.getRequestURI().getPath());
            }
            send(exchange, method.equals("HEAD"), response);
        }
    }

    private static void send(HttpExchange exchange, boolean head, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("X-Content-Type-Options", "nosniff");
        response.headers().forEach(headers::set);
        if (head) {
            headers.set("Content-Length", Integer.toString(response.body().length));
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
