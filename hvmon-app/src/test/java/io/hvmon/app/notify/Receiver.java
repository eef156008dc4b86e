package io.hvmon.app.notify;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on loopback (the JDK's HTTP server): keeps every POST it gets and answers 204. */
final class Receiver implements AutoCloseable {

    record Delivery(String eventId, String signature, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    Receiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Hvmon-Event-Id"),
                    exchange.getRequestHeaders().getFirst("X-Hvmon-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<String> eventIds() {
        return deliveries.stream().map(Delivery::eventId).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
