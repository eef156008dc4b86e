package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpLimits;
import io.hvmon.wsman.http.HttpMessage;
import io.hvmon.wsman.http.WireHandler;
import io.hvmon.wsman.http.WireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A WS-Man "host" that attacks its collector: XXE, entity expansion, a gigantic body, an endless trickle. Each poll
 * must end quickly with a clear error, without running out of memory, leaking a file or hanging.
 */
@Timeout(60)
class HostileEndpointTest {

    private WireServer server;
    private ServerSocket raw;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (raw != null) {
            raw.close();
        }
    }

    private URI serve(String body) throws IOException {
        server = WireServer.start(new InetSocketAddress("127.0.0.1", 0), null, () -> request -> WireHandler.Reply.send(
                HttpMessage.response(200, "OK", HttpHeaders.of("Content-Type", "application/soap+xml;charset=UTF-8"),
                        body.getBytes(StandardCharsets.UTF_8))), HttpLimits.DEFAULT, Duration.ofSeconds(10), 4);
        return URI.create("http://127.0.0.1:" + server.port() + "/wsman");
    }

    private static WsManSession session(URI url, Duration timeout) {
        return new WsManSession(WsManSettings.of(url, WsManSettings.AuthScheme.BASIC, "u", "p".toCharArray())
                .withTimeouts(Duration.ofSeconds(2), timeout));
    }

    private static void assertProtocolFailure(URI url, String... fragments) {
        try (WsManSession session = session(url, Duration.ofSeconds(10))) {
            assertThatThrownBy(() -> session.query("root/virtualization/v2", "SELECT * FROM Msvm_SummaryInformation"))
                    .isInstanceOf(CimException.class).hasMessageContainingAll(fragments)
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.PROTOCOL))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:x:0:0"));
        }
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() throws IOException {
        assertProtocolFailure(serve("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>&xxe;</s:Body></s:Envelope>"),
                "DOCTYPE is not allowed");
    }

    @Test
    void entityExpansionIsRefused() throws IOException {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]><lolz>&lol9;</lolz>");
        assertProtocolFailure(serve(laughs.toString()), "DOCTYPE is not allowed");
    }

    @Test
    void aGigabyteBodyIsRefusedBeforeItIsRead() throws IOException {
        AtomicBoolean cut = new AtomicBoolean();
        raw = new ServerSocket(0, 4, java.net.InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (Socket s = raw.accept()) {
                s.getInputStream().read(new byte[8192]);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\nContent-Length: "
                        + (1L << 30) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < (1 << 14); i++) { // would be 1 GiB; the client hangs up long before
                    out.write(chunk);
                }
            } catch (IOException e) {
                cut.set(true);
            }
        });
        URI url = URI.create("http://127.0.0.1:" + raw.getLocalPort() + "/wsman");
        try (WsManSession session = session(url, Duration.ofSeconds(10))) {
            assertThatThrownBy(() -> session.query("root/virtualization/v2", "SELECT * FROM Msvm_SummaryInformation"))
                    .isInstanceOf(CimException.class).hasMessageContaining("over the limit")
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.PROTOCOL));
        }
    }

    @Test
    void anEndlessTrickleEndsAtTheDeadline() throws IOException {
        raw = new ServerSocket(0, 4, java.net.InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (Socket s = raw.accept()) {
                s.getInputStream().read(new byte[8192]);
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\nContent-Length: 100000\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 300; i++) { // one byte every 100 ms for 30 s, far past the deadline
                    out.write('<');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up, as it should
            }
        });
        URI url = URI.create("http://127.0.0.1:" + raw.getLocalPort() + "/wsman");
        try (WsManSession session = session(url, Duration.ofMillis(800))) {
            // TIMEOUT, not the end of the (truncated) trickle, which would be an early EOF: the deadline cut it off
            assertThatThrownBy(() -> session.query("root/virtualization/v2", "SELECT * FROM Msvm_SummaryInformation"))
                    .isInstanceOf(CimException.class)
                    .satisfies(e -> assertThat(((CimException) e).kind()).isEqualTo(CimException.Kind.TIMEOUT));
        }
    }
}
