package io.hvmon.app.http;

import io.hvmon.app.security.AccessPolicy;
import io.hvmon.app.security.AddressList;
import io.hvmon.app.security.ApiKey;
import io.hvmon.app.security.ApiKeyHash;
import io.hvmon.app.security.ApiKeys;
import io.hvmon.app.security.Cidr;
import io.hvmon.app.security.FailureLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The API behind keys, an allowlist and trusted proxies, attacked over raw sockets from two loopback addresses. */
@Timeout(60)
class SecureApiTest {

    static final String KEY = "Zq3xV0p8N1m7Lr5Tk2Yw9Hs4Jd6Fb0Ca1Ge3Ui5Oo7";
    static final String OTHER_KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private HttpApi api;

    static Router router() {
        return new Router()
                .get("/", r -> Response.html("<p>hvmon</p>"))
                .get("/healthz", r -> Response.json("{\"status\":\"ok\"}".getBytes()))
                .get("/hvm/replicas", r -> Response.json("[]".getBytes()));
    }

    static AccessPolicy policy(List<String> allow, List<String> proxies) {
        return policy(allow, proxies, FailureLimiter.defaults());
    }

    static AccessPolicy policy(List<String> allow, List<String> proxies, FailureLimiter limiter) {
        ApiKeyHash hash = ApiKeyHash.of(KEY, new SecureRandom());
        return new AccessPolicy(ranges(allow), ranges(proxies),
                new ApiKeys(List.of(new ApiKey("other", ApiKeyHash.of(OTHER_KEY + "x", new SecureRandom())),
                        new ApiKey("prometheus", hash))),
                Set.of("/healthz"), limiter);
    }

    static AddressList ranges(List<String> texts) {
        return new AddressList(texts.stream().map(t -> Cidr.parse(t).orElseThrow()).toList());
    }

    private int start(String address, AccessPolicy policy) throws Exception {
        api = HttpApi.start(new InetSocketAddress(address, 0), router(), HttpOptions.plain(policy));
        return api.port();
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private RawHttp get(String from, String target, String... headers) throws Exception {
        return RawHttp.get(from, "127.0.0.1", api.port(), target, headers);
    }

    private static final String NEEDS_A_KEY =
            "this API needs a key: send it in the X-API-KEY header or as Authorization: Bearer <key>";

    private static void assertProblem(RawHttp response, int status, String detail) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).contains("\"detail\":\"" + detail + "\"")
                .doesNotContain(KEY).doesNotContain(OTHER_KEY);
    }

    @Test
    void authBypassAttemptsAreRefusedWith401AndTheKeyIsNeverEchoed() throws Exception {
        start("127.0.0.1", policy(List.of(), List.of(), new FailureLimiter(1000, java.time.Duration.ofMinutes(1), 10,
                System::nanoTime)));
        RawHttp none = get("127.0.0.1", "/hvm/replicas");
        assertProblem(none, 401, NEEDS_A_KEY);
        assertThat(none.header("WWW-Authenticate")).isEqualTo(Gatekeeper.CHALLENGE);

        assertProblem(get("127.0.0.1", "/hvm/replicas", "X-API-KEY:"), 401, "the X-API-KEY header is empty");
        assertProblem(get("127.0.0.1", "/hvm/replicas", "X-API-KEY: " + OTHER_KEY), 401,
                "the key in the X-API-KEY header is not valid");
        assertProblem(get("127.0.0.1", "/hvm/replicas", "X-API-KEY: " + KEY + "x"), 401,
                "the key in the X-API-KEY header is not valid");
        assertProblem(get("127.0.0.1", "/hvm/replicas", "X-API-KEY: " + KEY, "x-api-key: " + KEY), 401,
                "the X-API-KEY header is given 2 times; send it once");
        assertProblem(get("127.0.0.1", "/hvm/replicas", "X-API-KEY: " + OTHER_KEY, "X-Api-Key: " + KEY), 401,
                "the X-API-KEY header is given 2 times; send it once");
        assertProblem(get("127.0.0.1", "/hvm/replicas?X-API-KEY=" + KEY), 401,
                NEEDS_A_KEY);
        assertProblem(get("127.0.0.1", "/hvm/replicas?api_key=" + KEY), 401,
                NEEDS_A_KEY);
        assertProblem(get("127.0.0.1", "/hvm/replicas", "Authorization: Basic " + KEY), 401,
                "the Authorization header is not a bearer token: send the key as Authorization: Bearer <key>, or in"
                        + " the X-API-KEY header");
        assertProblem(get("127.0.0.1", "/hvm/replicas", "Authorization: Bearer " + OTHER_KEY), 401,
                "the key in the Authorization header is not valid");
        assertProblem(get("127.0.0.1", "/hvm/replicas", "Authorization: Bearer"), 401,
                "the bearer token in the Authorization header is empty");
        assertProblem(get("127.0.0.1", "/hvm/replicas", "Authorization: Bearer " + KEY, "Authorization: Bearer " + KEY),
                401, "the Authorization header is given 2 times; send it once");
        assertProblem(get("127.0.0.1", "/hvm/replicas", "Authorization: " + KEY), 401,
                "the Authorization header is not a bearer token: send the key as Authorization: Bearer <key>, or in"
                        + " the X-API-KEY header");
        assertProblem(get("127.0.0.1", "/hvm/replicas", "X-API-KEY: " + OTHER_KEY, "Authorization: Bearer " + KEY),
                401, "the key in the X-API-KEY header is not valid");
        assertThat(get("127.0.0.1", "/hvm/replicas", "X-API-KEY: " + KEY + " , " + KEY).status()).isEqualTo(401);

        // HTTP header names are case-insensitive: any spelling of the name carries the key.
        for (String name : List.of("X-API-KEY", "x-api-key", "X-Api-Key", "x-API-key")) {
            RawHttp ok = get("127.0.0.1", "/hvm/replicas", name + ": " + KEY);
            assertThat(ok.status()).as(name).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("[]");
        }
        // Scrapers that can only send standard credentials (Prometheus' authorization setting) use the same keys.
        for (String bearer : List.of("Authorization: Bearer " + KEY, "authorization: bearer " + KEY,
                "Authorization: BEARER   " + KEY)) {
            RawHttp ok = get("127.0.0.1", "/hvm/replicas", bearer);
            assertThat(ok.status()).as(bearer).isEqualTo(200);
        }
        // Unknown paths and methods are not revealed without a key.
        assertThat(get("127.0.0.1", "/nope").status()).isEqualTo(401);
        RawHttp post = RawHttp.send("127.0.0.1", "127.0.0.1", api.port(),
                "POST /hvm/replicas HTTP/1.1\r\nHost: h\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        assertThat(post.status()).isEqualTo(401);
    }

    @Test
    void openPathsNeedNoKeyAndEverythingElseDoes() throws Exception {
        start("127.0.0.1", policy(List.of(), List.of()));
        assertThat(get("127.0.0.1", "/healthz").status()).isEqualTo(200);
        assertThat(get("127.0.0.1", "/healthz/").status()).isEqualTo(200);
        assertThat(get("127.0.0.1", "/healthz/%2e%2e/hvm/replicas").status()).isEqualTo(400);
        assertThat(get("127.0.0.1", "/healthzz").status()).isEqualTo(401);
        assertThat(get("127.0.0.1", "/").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresFromOneAddressGet429ButOtherAddressesAreServed() throws Exception {
        start("127.0.0.1", policy(List.of(), List.of()));
        for (int i = 0; i < FailureLimiter.DEFAULT_LIMIT; i++) {
            assertThat(get("127.0.0.2", "/hvm/replicas", "X-API-KEY: guess" + i).status()).isEqualTo(401);
        }
        RawHttp limited = get("127.0.0.2", "/hvm/replicas", "X-API-KEY: guess-again");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.body()).contains("too many failed authentications from this address");
        // Even the right key waits: a guesser must not learn that it found one.
        assertThat(get("127.0.0.2", "/hvm/replicas", "X-API-KEY: " + KEY).status()).isEqualTo(429);
        assertThat(get("127.0.0.1", "/hvm/replicas", "X-API-KEY: " + KEY).status()).isEqualTo(200);
        assertThat(get("127.0.0.2", "/healthz").status()).isEqualTo(200);
    }

    @Test
    void allowlistRefusesOtherAddressesBeforeAnythingElse() throws Exception {
        start("127.0.0.1", policy(List.of("127.0.0.1/32"), List.of()));
        // Not even a 403: the connection is closed when accepted, before a byte of the request is read.
        try (LogCapture log = new LogCapture()) {
            assertClosedUnanswered(get("127.0.0.2", "/healthz"));
            assertClosedUnanswered(get("127.0.0.2", "/hvm/replicas", "X-API-KEY: " + KEY));
            assertClosedUnanswered(get("127.0.0.2", "/" + "a".repeat(5000)));
            assertThat(log.all()).contains("refused a connection from 127.0.0.2: not in security.allow");
        }
        assertThat(get("127.0.0.1", "/hvm/replicas", "X-API-KEY: " + KEY).status()).isEqualTo(200);
        // refused connections are not key failures: the allowed address is not slowed down by them
        for (int i = 0; i < 15; i++) {
            get("127.0.0.2", "/hvm/replicas", "X-API-KEY: wrong");
        }
        assertThat(get("127.0.0.1", "/hvm/replicas", "X-API-KEY: " + KEY).status()).isEqualTo(200);
    }

    /** Closed by the server without an answer (an allowlist refusal at accept). */
    static void assertClosedUnanswered(RawHttp response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(-1);
        assertThat(response.raw()).isEmpty();
    }

    @Test
    void ipv6LoopbackAndIpv4MappedPeersOnADualStackListener() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(hasIpv6Loopback(), "no IPv6 loopback on this machine");
        api = HttpApi.start(new InetSocketAddress("::", 0), router(),
                HttpOptions.plain(policy(List.of("127.0.0.1/32"), List.of())));
        assertClosedUnanswered(RawHttp.get("::1", "::1", api.port(), "/healthz"));
        // An IPv4 client on a dual-stack socket arrives as ::ffff:127.0.0.1 and is matched as IPv4.
        assertThat(RawHttp.get("127.0.0.1", "127.0.0.1", api.port(), "/healthz").status()).isEqualTo(200);
        assertClosedUnanswered(RawHttp.get("127.0.0.2", "127.0.0.1", api.port(), "/healthz"));
        api.close();
        api = HttpApi.start(new InetSocketAddress("::1", 0), router(),
                HttpOptions.plain(policy(List.of("::1"), List.of())));
        assertThat(RawHttp.get("::1", "::1", api.port(), "/healthz").status()).isEqualTo(200);
    }

    static boolean hasIpv6Loopback() {
        try (var socket = new java.net.ServerSocket()) {
            socket.bind(new InetSocketAddress("::1", 0));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void forwardedForIsBelievedOnlyFromTrustedProxies() throws Exception {
        start("127.0.0.1", policy(List.of("10.0.0.0/8"), List.of("127.0.0.1")));
        try (LogCapture log = new LogCapture()) {
            // Not /healthz: probes are logged at FINE only.
            assertThat(get("127.0.0.1", "/hvm/replicas", "X-Forwarded-For: 10.1.2.3", "X-API-KEY: " + KEY).status())
                    .isEqualTo(200);
            awaitLines(log, 1);
            assertThat(log.all()).contains("10.1.2.3 via 127.0.0.1 GET /hvm/replicas key=prometheus 200");
        }
        assertProblem(get("127.0.0.1", "/healthz", "X-Forwarded-For: 192.168.0.9"), 403,
                "this API does not answer requests from 192.168.0.9");
        // The client wrote the left entry; the proxy appended the real one on the right.
        assertThat(get("127.0.0.1", "/healthz", "X-Forwarded-For: 10.1.2.3, 192.168.0.9").status()).isEqualTo(403);
        assertThat(get("127.0.0.1", "/healthz", "X-Forwarded-For: 192.168.0.9, 10.1.2.3").status()).isEqualTo(200);
        assertThat(get("127.0.0.1", "/healthz", "X-Forwarded-For: 192.168.0.9", "X-Forwarded-For: 10.1.2.3")
                .status()).isEqualTo(200);
        assertProblem(get("127.0.0.1", "/healthz", "X-Forwarded-For: evil.example.com"), 400,
                "X-Forwarded-For holds an entry that is not an IP address");
        // 127.0.0.2 is neither allowed nor a trusted proxy: closed at accept, whatever X-Forwarded-For it would send.
        assertClosedUnanswered(get("127.0.0.2", "/healthz", "X-Forwarded-For: 10.1.2.3"));
    }

    @Test
    void malformedRequestsGetPreciseAnswersAndTheServerKeepsServing() throws Exception {
        start("127.0.0.1", AccessPolicy.open());
        assertProblem(get("127.0.0.1", "/hvm/%2e%2e/hvm/replicas"), 400, "the path contains a '..' segment");
        assertProblem(get("127.0.0.1", "/hvm/%2E%2E/"), 400, "the path contains a '..' segment");
        assertProblem(get("127.0.0.1", "/hvm/./replicas"), 400, "the path contains a '.' segment");
        // An escaped NUL Jetty's URI parser refuses itself (a 400 problem too), before the path check could.
        assertProblemWithSecurityHeaders(get("127.0.0.1", "/hvm/replicas%00.json"), 400);
        assertProblem(get("127.0.0.1", "/hvm/%0aINJECTED"), 400, "the path contains a control character");
        RawHttp long414 = get("127.0.0.1", "/hvm/" + "a".repeat(3000));
        assertProblem(long414, 414, "the URL is 3005 characters long; at most 2048 are accepted");
        assertThat(long414.body()).doesNotContain("aaaa");
        // Bad percent-encoding never reaches the router: Jetty refuses the request line, in problem+json too.
        RawHttp badEscape = get("127.0.0.1", "/hvm/%zz");
        assertProblemWithSecurityHeaders(badEscape, 400);
        assertThat(badEscape.body()).contains("a malformed percent-escape in the URL");
        assertProblemWithSecurityHeaders(get("127.0.0.1", "/hvm/replicas?values=%zz"), 400);
        // Headers beyond 16384 bytes, or more than 64 fields: 431 with a problem, not a silent close.
        assertProblemWithSecurityHeaders(get("127.0.0.1", "/healthz", "X-Big: " + "b".repeat(20_000)), 431);
        RawHttp tooMany = get("127.0.0.1", "/healthz", java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> "X-H" + i + ": v").toArray(String[]::new));
        assertProblem(tooMany, 431, // Host, Connection and the 100
                "the request has 102 header fields; at most 64 are accepted");
        // A request line longer than the head limit: 414 from Jetty, without echoing the URL.
        RawHttp hugeLine = get("127.0.0.1", "/" + "c".repeat(20_000));
        assertProblemWithSecurityHeaders(hugeLine, 414);
        assertThat(hugeLine.body()).doesNotContain("cccc");
        // Not HTTP at all ("THERE" is no HTTP version), or a header line without a colon.
        assertProblemWithSecurityHeaders(RawHttp.send("127.0.0.1", "127.0.0.1", api.port(), "HELLO THERE\r\n\r\n"), 505);
        assertProblemWithSecurityHeaders(RawHttp.send("127.0.0.1", "127.0.0.1", api.port(),
                "GET /healthz HTTP/1.1\r\nHost: h\r\nBad Header Line\r\n\r\n"), 400);
        assertThat(get("127.0.0.1", "/healthz").status()).isEqualTo(200);
    }

    /** Jetty's own refusals: problem+json with the security headers, like every other answer. */
    private static void assertProblemWithSecurityHeaders(RawHttp response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.body()).startsWith("{\"type\":\"about:blank\"").contains("\"status\":" + status);
        assertSecurityHeaders(response);
    }

    static void assertSecurityHeaders(RawHttp answer) {
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(answer.headers()).doesNotContainKey("server");
    }

    @Test
    void everyAnswerCarriesSecurityHeadersAndNoServerBanner() throws Exception {
        start("127.0.0.1", policy(List.of(), List.of()));
        for (RawHttp answer : List.of(get("127.0.0.1", "/healthz"), get("127.0.0.1", "/", "X-API-KEY: " + KEY),
                get("127.0.0.1", "/hvm/replicas"))) {
            assertSecurityHeaders(answer);
        }
        assertThat(get("127.0.0.1", "/", "X-API-KEY: " + KEY).header("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.PAGE_POLICY);
    }

    @Test
    void accessLogHasAddressPathKeyNameStatusAndNeverTheKey() throws Exception {
        start("127.0.0.1", policy(List.of(), List.of()));
        try (LogCapture log = new LogCapture()) {
            get("127.0.0.1", "/hvm/replicas?secret=" + KEY, "X-API-KEY: " + KEY);
            get("127.0.0.2", "/hvm/replicas", "X-API-KEY: " + OTHER_KEY);
            awaitLines(log, 2);
            List<String> access = log.lines().stream().filter(l -> l.startsWith("io.hvmon.access INFO ")).toList();
            // In either order: each line is written after its answer was sent, so the second can come first.
            assertThat(access).hasSize(2)
                    .anySatisfy(line -> assertThat(line).matches("io\\.hvmon\\.access INFO 127\\.0\\.0\\.1 GET"
                            + " /hvm/replicas key=prometheus 200 2B \\d+ms"))
                    .anySatisfy(line -> assertThat(line).matches("io\\.hvmon\\.access INFO 127\\.0\\.0\\.2 GET"
                            + " /hvm/replicas key=- 401 \\d+B \\d+ms"));
            assertThat(log.all()).doesNotContain(KEY).doesNotContain(OTHER_KEY);
        }
    }

    /** The access line is written after the answer, so the client may see the answer first. */
    private static void awaitLines(LogCapture log, int count) throws InterruptedException {
        for (int i = 0; i < 200 && log.lines().stream().filter(l -> l.startsWith("io.hvmon.access")).count() < count; i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void slowlorisClientsAreCutOffWhileOthersAreServed() throws Exception {
        start("127.0.0.1", AccessPolicy.open());
        long maxReqSeconds = ConnectionLimits.DEFAULT_REQUEST_HEAD_TIMEOUT.toSeconds();
        List<java.net.Socket> slow = new java.util.ArrayList<>();
        long[] closedAfter = new long[4];
        Arrays.fill(closedAfter, -1);
        long started = System.nanoTime();
        try {
            for (int i = 0; i < closedAfter.length; i++) {
                java.net.Socket socket = new java.net.Socket("127.0.0.1", api.port());
                socket.setSoTimeout(20);
                socket.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: h\r\nX-Slow: ".getBytes());
                slow.add(socket);
            }
            while (Arrays.stream(closedAfter).anyMatch(t -> t < 0) && System.nanoTime() - started < 25_000_000_000L) {
                for (int i = 0; i < slow.size(); i++) {
                    if (closedAfter[i] < 0 && isClosed(slow.get(i))) {
                        closedAfter[i] = (System.nanoTime() - started) / 1_000_000;
                    }
                }
                assertThat(get("127.0.0.1", "/healthz").status()).isEqualTo(200);
                Thread.sleep(1000);
            }
        } finally {
            for (java.net.Socket socket : slow) {
                socket.close();
            }
        }
        // Each slow client was cut off (not left open until the test gave up 25 s in, well past the
        // request head timeout of maxReqSeconds); how fast exactly depends on the machine, so it is not asserted.
        assertThat(maxReqSeconds).isLessThan(25);
        for (long millis : closedAfter) {
            assertThat(millis).as("cut off").isNotNegative();
        }
    }

    /** Sends one more header byte; closed when the write fails or the server has ended the stream. */
    private static boolean isClosed(java.net.Socket socket) {
        try {
            socket.getOutputStream().write('x');
            socket.getOutputStream().flush();
            return socket.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
