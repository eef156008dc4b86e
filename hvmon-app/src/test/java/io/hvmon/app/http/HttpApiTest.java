package io.hvmon.app.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server as its callers see it: where it listens, which threads answer, and a port already taken. */
@Timeout(60)
class HttpApiTest {

    @Test
    void handlersRunOnVirtualThreadsAndTheAddressIsTheOneBound() throws Exception {
        AtomicBoolean virtual = new AtomicBoolean();
        Router router = new Router().get("/healthz", request -> {
            virtual.set(Thread.currentThread().isVirtual());
            return Response.json("{}".getBytes());
        });
        try (HttpApi api = HttpApi.start(new InetSocketAddress("127.0.0.1", 0), router)) {
            assertThat(api.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(api.address().getPort()).isEqualTo(api.port()).isPositive();
            assertThat(api.https()).isFalse();
            assertThat(RawHttp.get("127.0.0.1", "127.0.0.1", api.port(), "/healthz").status()).isEqualTo(200);
            assertThat(virtual).isTrue();
        }
    }

    @Test
    void aPortInUseIsABindException() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            assertThatThrownBy(() -> HttpApi.start(new InetSocketAddress("127.0.0.1", taken.getLocalPort()),
                    new Router())).isInstanceOf(BindException.class);
        }
    }
}
