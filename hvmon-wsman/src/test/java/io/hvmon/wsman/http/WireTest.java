package io.hvmon.wsman.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class WireTest {

    private WireServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpMessage read(String raw) throws IOException {
        return HttpWire.read(new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)), HttpLimits.DEFAULT, false);
    }

    @Test
    void readsContentLengthAndChunkedBodies() throws IOException {
        HttpMessage plain = read("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(plain.contentType()).isEqualTo("text/plain");

        HttpMessage chunked = read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
        assertThat(new String(chunked.body(), StandardCharsets.UTF_8)).isEqualTo("hello world");

        HttpMessage request = read("POST /wsman HTTP/1.1\nHost: x\nContent-Length: 0\n\n");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/wsman");
    }

    @Test
    void refusesWhatIsOverTheLimitsOrMalformed() {
        HttpLimits small = new HttpLimits(200, 3, 10);
        assertThatThrownBy(() -> HttpWire.read(new ByteArrayInputStream(
                "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world".getBytes()), small, false))
                .isInstanceOf(HttpWireException.class).hasMessageContaining("over the limit of 10 bytes");
        assertThatThrownBy(() -> HttpWire.read(new ByteArrayInputStream(
                "HTTP/1.1 200 OK\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n".getBytes()), small, false))
                .isInstanceOf(HttpWireException.class).hasMessageContaining("more than 3");
        assertThatThrownBy(() -> HttpWire.read(new ByteArrayInputStream(
                ("HTTP/1.1 200 OK\r\nX: " + "a".repeat(300) + "\r\n\r\n").getBytes()), small, false))
                .isInstanceOf(HttpWireException.class).hasMessageContaining("size limit");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"))
                .isInstanceOf(HttpWireException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"))
                .isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"))
                .isInstanceOf(HttpWireException.class).hasMessageContaining("bad chunk size");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n"))
                .isInstanceOf(HttpWireException.class);
    }

    @Test
    void oneConnectionCarriesManyExchangesWithPerConnectionState() throws IOException {
        AtomicInteger connections = new AtomicInteger();
        server = WireServer.start(new InetSocketAddress("127.0.0.1", 0), null, () -> {
            int connection = connections.incrementAndGet();
            AtomicInteger requests = new AtomicInteger();
            return request -> WireHandler.Reply.send(HttpMessage.response(200, "OK", HttpHeaders.of(),
                    (connection + "/" + requests.incrementAndGet()).getBytes(StandardCharsets.UTF_8)));
        }, HttpLimits.DEFAULT, Duration.ofSeconds(10), 8);

        try (ClientConnection client = connect()) {
            for (int i = 1; i <= 5; i++) {
                HttpMessage response = client.exchange(post("x"), Instant.now().plusSeconds(5));
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("1/" + i);
            }
        }
        assertThat(connections).hasValue(1);
    }

    @Test
    void aDroppedConnectionIsAnEofAndClosesTheClient() throws IOException {
        server = WireServer.start(new InetSocketAddress("127.0.0.1", 0), null, () -> request -> WireHandler.Reply.drop(),
                HttpLimits.DEFAULT, Duration.ofSeconds(10), 8);
        ClientConnection client = connect();
        assertThatThrownBy(() -> client.exchange(post("x"), Instant.now().plusSeconds(5))).isInstanceOf(EOFException.class);
        assertThat(client.isOpen()).isFalse();
    }

    @Test
    void aTrickleCannotOutlastTheDeadline() throws IOException {
        server = WireServer.start(new InetSocketAddress("127.0.0.1", 0), null,
                () -> request -> new WireHandler.Reply(HttpMessage.response(200, "OK", HttpHeaders.of(),
                        "x".repeat(10_000).getBytes(StandardCharsets.UTF_8)), false, Duration.ofMillis(50)),
                HttpLimits.DEFAULT, Duration.ofSeconds(10), 8);
        ClientConnection client = connect();
        assertThatThrownBy(() -> client.exchange(post("x"), Instant.now().plusMillis(500)))
                .isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void malformedRequestsGet400() throws IOException {
        server = WireServer.start(new InetSocketAddress("127.0.0.1", 0), null,
                () -> request -> WireHandler.Reply.send(HttpMessage.response(200, "OK", HttpHeaders.of(), new byte[0])),
                new HttpLimits(1024, 10, 100), Duration.ofSeconds(10), 8);
        ClientConnection client = connect();
        HttpMessage response = client.exchange(HttpMessage.request("POST", "/wsman", HttpHeaders.of(),
                new byte[500]), Instant.now().plusSeconds(5));
        assertThat(response.status()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("over the limit of 100 bytes");
    }

    private ClientConnection connect() throws IOException {
        return ClientConnection.open(URI.create("http://127.0.0.1:" + server.port() + "/wsman"), null, false,
                Duration.ofSeconds(5), HttpLimits.DEFAULT);
    }

    private static HttpMessage post(String body) {
        return HttpMessage.request("POST", "/wsman", HttpHeaders.of("Host", "127.0.0.1"),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
