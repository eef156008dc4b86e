package io.hvmon.app.http;

import io.hvmon.app.testing.TrustAllTls;
import io.hvmon.app.security.AccessPolicy;
import io.hvmon.app.security.CredentialSource;
import io.hvmon.app.security.ReloadingKeyManager;
import io.hvmon.app.security.SelfSignedCertificate;
import io.hvmon.app.security.ServerTlsContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections on loopback, from 127.0.0.1 and 127.0.0.2 as two clients (Linux routes all of 127/8 to loopback;
 * elsewhere the tests that need the second address are skipped): many keep-alive clients, the caps, the allowlist
 * at accept, the request head timeout. Outcomes are asserted, never durations.
 */
@Timeout(120)
class ConnectionsTest {

    private HttpApi api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private int start(AccessPolicy policy, ConnectionLimits limits) throws IOException {
        api = HttpApi.start(new InetSocketAddress("127.0.0.1", 0), SecureApiTest.router(),
                HttpOptions.plain(policy).withConnections(limits));
        return api.port();
    }

    static boolean canBind(String address) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void assumeSecondLoopbackAddress() {
        Assumptions.assumeTrue(canBind("127.0.0.2"), "127.0.0.2 is not a loopback address here");
    }

    @Test
    void aThousandConcurrentKeepAliveClientsAreAllServed() throws Exception {
        assumeSecondLoopbackAddress();
        int port = start(AccessPolicy.open(), ConnectionLimits.DEFAULTS);
        // 250 connections from each of four addresses: within the default cap of 256 per client address.
        List<String> from = List.of("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4");
        List<KeepAliveClient> clients = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<KeepAliveClient>> connecting = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String address = from.get(i % from.size());
                connecting.add(threads.submit(() -> KeepAliveClient.connect(address, port)));
            }
            for (Future<KeepAliveClient> client : connecting) {
                clients.add(client.get());
            }
            // All 1,000 open at once, each asking three times over its own connection, all at the same time.
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (KeepAliveClient client : clients) {
                answers.add(threads.submit(() -> List.of(client.get("/healthz").status(),
                        client.get("/hvm/replicas").status(), client.get("/").status())));
            }
            for (Future<List<Integer>> answer : answers) {
                assertThat(answer.get()).containsExactly(200, 200, 200);
            }
        } finally {
            for (KeepAliveClient client : clients) {
                client.close();
            }
        }
    }

    @Test
    void aClientPastItsConnectionCapGets503WithRetryAfterAndOthersAreServed() throws Exception {
        assumeSecondLoopbackAddress();
        int port = start(AccessPolicy.open(), ConnectionLimits.DEFAULTS.withCounts(100, 3));
        List<KeepAliveClient> held = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 3; i++) {
                held.add(KeepAliveClient.connect("127.0.0.1", port));
                assertThat(held.getLast().get("/healthz").status()).isEqualTo(200);
            }
            try (KeepAliveClient fourth = KeepAliveClient.connect("127.0.0.1", port)) {
                RawHttp refused = fourth.get("/hvm/replicas");
                assertThat(refused.status()).as(refused.raw()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isEqualTo("1");
                assertThat(refused.header("Connection")).isEqualTo("close");
                assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
                assertThat(refused.body()).contains("this address has 3 connections open, as many as one client may"
                        + " (listen.max_connections_per_client)");
                SecureApiTest.assertSecurityHeaders(refused);
                assertThat(fourth.closedByServer()).isTrue();
            }
            assertThat(log.all()).contains("connection limit reached: 127.0.0.1 has 3 connections open");
            // Another address has places of its own; the three held connections still work.
            try (KeepAliveClient other = KeepAliveClient.connect("127.0.0.2", port)) {
                assertThat(other.get("/healthz").status()).isEqualTo(200);
            }
            for (KeepAliveClient client : held) {
                assertThat(client.get("/healthz").status()).isEqualTo(200);
            }
            // A place freed is given again (the server notices the close a moment later).
            held.removeFirst().close();
            assertThat(firstStatusWithinTries("127.0.0.1", port, 200)).isEqualTo(200);
        } finally {
            for (KeepAliveClient client : held) {
                client.close();
            }
        }
    }

    @Test
    void pastTheServersConnectionCapEveryNewConnectionGets503() throws Exception {
        assumeSecondLoopbackAddress();
        int port = start(AccessPolicy.open(), ConnectionLimits.DEFAULTS.withCounts(2, 2));
        // One after the other: connections opened together may be accepted in any order.
        try (KeepAliveClient one = KeepAliveClient.connect("127.0.0.1", port)) {
            assertThat(one.get("/healthz").status()).isEqualTo(200);
            try (KeepAliveClient two = KeepAliveClient.connect("127.0.0.2", port)) {
                assertThat(two.get("/healthz").status()).isEqualTo(200);
                assertThirdIsRefused(port);
            }
        }
    }

    private static void assertThirdIsRefused(int port) throws IOException {
        try (KeepAliveClient three = KeepAliveClient.connect("127.0.0.3", port)) {
            RawHttp refused = three.get("/healthz");
            assertThat(refused.status()).as(refused.raw()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.body()).contains("the server has 2 connections open, as many as it keeps"
                    + " (listen.max_connections)");
        }
    }

    @Test
    void connectionsFromOutsideTheAllowlistAreClosedAtAcceptAndLockNobodyOut() throws Exception {
        assumeSecondLoopbackAddress();
        // Room for 10 connections in all, yet 300 idle connections from a refused address change nothing.
        int port = start(SecureApiTest.policy(List.of("127.0.0.1/32"), List.of()),
                ConnectionLimits.DEFAULTS.withCounts(10, 10));
        List<Socket> refused = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket();
                refused.add(socket);
                socket.bind(new InetSocketAddress("127.0.0.2", 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            }
            for (int i = 0; i < 5; i++) {
                try (KeepAliveClient allowed = KeepAliveClient.connect("127.0.0.1", port)) {
                    assertThat(allowed.get("/healthz").status()).isEqualTo(200);
                }
            }
            for (Socket socket : refused) {
                socket.setSoTimeout(10_000);
                assertThat(readsEndOfStream(socket)).as("closed by the server without a byte").isTrue();
            }
            // One line for the flood, not 300.
            assertThat(log.lines().stream().filter(l -> l.contains("refused a connection from 127.0.0.2"))).hasSize(1);
        } finally {
            for (Socket socket : refused) {
                socket.close();
            }
        }
    }

    @Test
    void aSilentConnectionIsClosedAfterTheShortTimeoutWhileAnIdleKeepAliveOneStays() throws Exception {
        // A short head timeout and a long keep-alive: what closes the silent connection is the first.
        int port = start(AccessPolicy.open(),
                ConnectionLimits.DEFAULTS.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(60)));
        // The first request at once: the short timeout counts from the connection's opening.
        try (KeepAliveClient keepAlive = KeepAliveClient.connect("127.0.0.1", port)) {
            assertThat(keepAlive.get("/healthz").status()).isEqualTo(200);
            try (KeepAliveClient silent = KeepAliveClient.connect("127.0.0.1", port)) {
                assertThat(silent.closedByServer()).as("closed before the 30 s read timeout").isTrue();
            }
            // The keep-alive connection waited at least as long as the silent one, and is still served.
            assertThat(keepAlive.get("/healthz").status()).isEqualTo(200);
        }
    }

    @Test
    void overTlsTheHeadTimeoutCutsSilentConnectionsButNotKeepAliveOnes(@TempDir Path dir) throws Exception {
        SelfSignedCertificate.write(dir, List.of(), SelfSignedCertificate.KeyType.EC, 1);
        ServerTlsContext tls = ServerTlsContext.create(ReloadingKeyManager.load(
                new CredentialSource.Pem(dir.resolve("cert.pem"), dir.resolve("key.pem")), Duration.ofSeconds(5)));
        api = HttpApi.start(new InetSocketAddress("127.0.0.1", 0), SecureApiTest.router(),
                HttpOptions.plain(AccessPolicy.open()).withTls(tls).withConnections(
                        // long enough for a JVM's first handshakes, which count as part of the first request
                        ConnectionLimits.DEFAULTS.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60))));
        // The first request right after the handshake: the short timeout counts from the connection's opening.
        try (KeepAliveClient keepAlive = KeepAliveClient.over(tlsSocket(api.port()))) {
            assertThat(keepAlive.get("/healthz").status()).isEqualTo(200);
            try (KeepAliveClient silent = KeepAliveClient.over(tlsSocket(api.port()))) {
                assertThat(silent.closedByServer()).as("handshake done, then nothing sent").isTrue();
            }
            assertThat(keepAlive.get("/healthz").status()).isEqualTo(200);
        }
    }

    /** A TLS connection, handshake done, trusting any certificate (the test looks at the server's timing rules). */
    private static Socket tlsSocket(int port) throws Exception {
        SSLContext context = TrustAllTls.context();
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
        socket.startHandshake();
        return socket;
    }

    @Test
    void headAnswersCarryTheLengthAndNoBody() throws Exception {
        int port = start(AccessPolicy.open(), ConnectionLimits.DEFAULTS);
        RawHttp head = RawHttp.send("127.0.0.1", "127.0.0.1", port,
                "HEAD /hvm/replicas HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isEqualTo("2");
        assertThat(head.body()).isEmpty();
    }

    /** Opens connections until one answers the wanted status; at most 50 tries, 100 ms apart. */
    private static int firstStatusWithinTries(String from, int port, int wanted) throws Exception {
        int status = -1;
        for (int i = 0; i < 50 && status != wanted; i++) {
            try (KeepAliveClient client = KeepAliveClient.connect(from, port)) {
                status = client.get("/healthz").status();
            }
            if (status != wanted) {
                Thread.sleep(100);
            }
        }
        return status;
    }

    private static boolean readsEndOfStream(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() < 0;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }
}
