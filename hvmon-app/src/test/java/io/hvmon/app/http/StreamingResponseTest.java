package io.hvmon.app.http;

import io.hvmon.app.security.AccessPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A streaming answer: written after its request left its slot, with the usual headers, closed exactly once. */
@Timeout(60)
class StreamingResponseTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    private final ResponseStream stream = new ResponseStream() {
        @Override
        public void writeTo(Sink sink) throws java.io.IOException {
            written.incrementAndGet();
            sink.send("hello\n\n");
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sink.send("bye\n\n");
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    };

    private HttpApi start() throws Exception {
        Router router = new Router()
                .get("/stream", request -> Response.streaming("text/event-stream", Map.of("X-Extra", "1"), stream))
                .get("/healthz", request -> Response.json("{}".getBytes()));
        HttpOptions oneSlot = new HttpOptions(java.util.Optional.empty(), AccessPolicy.open(), 1,
                HttpOptions.DEFAULT_MAX_URL_LENGTH, ConnectionLimits.DEFAULTS);
        return HttpApi.start(new InetSocketAddress("127.0.0.1", 0), router, oneSlot);
    }

    @Test
    void aStreamHoldsNoRequestSlotAndEndsWithItsWriter() throws Exception {
        try (HttpApi api = start();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.port())) {
            socket.getOutputStream().write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                head.add(line.toLowerCase());
            }
            assertThat(head.getFirst()).startsWith("http/1.1 200");
            assertThat(head).contains("content-type: text/event-stream", "x-content-type-options: nosniff",
                    "cache-control: no-store", "x-extra: 1", "transfer-encoding: chunked");
            assertThat(head).noneMatch(line -> line.startsWith("content-length"));
            String line;
            do {
                line = in.readLine();
            } while (!line.equals("hello"));

            // The only slot is free again while the stream goes on (held, this would wait 5 s and get a 503).
            assertThat(RawHttp.get("127.0.0.1", "127.0.0.1", api.port(), "/healthz").status()).isEqualTo(200);

            release.countDown();
            do {
                line = in.readLine();
            } while (line != null && !line.equals("bye"));
            assertThat(line).isEqualTo("bye");
        }
        assertThat(closed).hasValue(1);
    }

    @Test
    void headSendsTheHeadersAloneAndStillClosesTheStream() throws Exception {
        try (HttpApi api = start()) {
            RawHttp answer = RawHttp.send("127.0.0.1", "127.0.0.1", api.port(),
                    "HEAD /stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEmpty();
        }
        assertThat(written).hasValue(0);
        assertThat(closed).hasValue(1);
    }
}
