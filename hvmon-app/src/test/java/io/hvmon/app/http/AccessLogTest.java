package io.hvmon.app.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** The access log tones down probes and refusal floods, and keeps every other request. */
class AccessLogTest {

    private final AtomicLong now = new AtomicLong();
    private final RefusalLogLimiter limiter = new RefusalLogLimiter(Duration.ofSeconds(60), 100, now::get);
    private final AccessLog accessLog = new AccessLog(limiter);

    @AfterEach
    void defaultLevel() {
        AccessLog.LOG.setLevel(null);
    }

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    private void request(String client, String path, int status) throws Exception {
        accessLog.log(ip(client), ip(client), "GET", path, null, status, 15, 1);
    }

    private static List<String> access(LogCapture log) {
        return log.lines().stream().filter(line -> line.startsWith("io.hvmon.access ")).toList();
    }

    @Test
    void probesAreDebugLinesOnly() throws Exception {
        try (LogCapture log = new LogCapture()) {
            request("127.0.0.1", "/healthz", 200);
            request("127.0.0.1", "/readyz/", 503);
            request("127.0.0.1", "/hvm/replicas", 200);
            assertThat(access(log)).containsExactly("io.hvmon.access INFO 127.0.0.1 GET /hvm/replicas key=- 200 15B 1ms");

            AccessLog.LOG.setLevel(Level.FINE); // what --log-level debug does
            request("127.0.0.1", "/healthz", 200);
            request("127.0.0.1", "/readyz", 503);
            assertThat(access(log)).hasSize(3).endsWith(
                    "io.hvmon.access FINE 127.0.0.1 GET /healthz key=- 200 15B 1ms",
                    "io.hvmon.access FINE 127.0.0.1 GET /readyz key=- 503 15B 1ms");
        }
    }

    @Test
    void aRefusedProbeIsARefusalNotAProbe() throws Exception {
        try (LogCapture log = new LogCapture()) {
            request("10.0.0.7", "/healthz", 401);
            assertThat(access(log)).containsExactly("io.hvmon.access INFO 10.0.0.7 GET /healthz key=- 401 15B 1ms");
        }
    }

    @Test
    void aRefusalFloodIsOneLinePerClientAndIntervalWithTheCountLeftOut() throws Exception {
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 50; i++) {
                request("10.0.0.9", "/hvm/vms", i % 2 == 0 ? 401 : 429);
            }
            request("10.0.0.8", "/hvm/vms", 403);
            request("10.0.0.9", "/hvm/vms", 200); // answered requests are never held back
            now.addAndGet(Duration.ofSeconds(60).toNanos());
            request("10.0.0.9", "/hvm/vms", 401);

            assertThat(access(log)).containsExactly(
                    "io.hvmon.access INFO 10.0.0.9 GET /hvm/vms key=- 401 15B 1ms",
                    "io.hvmon.access INFO 10.0.0.8 GET /hvm/vms key=- 403 15B 1ms",
                    "io.hvmon.access INFO 10.0.0.9 GET /hvm/vms key=- 200 15B 1ms",
                    "io.hvmon.access INFO 10.0.0.9 GET /hvm/vms key=- 401 15B 1ms [49 more refused requests from"
                            + " 10.0.0.9 not logged; at most one line per client every 60 s]");
        }
    }

    @Test
    void answersMarkedAsRefusalsAreHeldBackLikeThem() throws Exception {
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 10; i++) { // a connection past its cap, or a request Jetty could not parse
                accessLog.log(ip("10.0.0.5"), ip("10.0.0.5"), "GET", "/hvm/vms", null, i % 2 == 0 ? 503 : 400, 15, 1,
                        true);
            }
            request("10.0.0.5", "/hvm/vms", 503); // a 503 of the API itself is an answer, always logged
            assertThat(access(log)).containsExactly(
                    "io.hvmon.access INFO 10.0.0.5 GET /hvm/vms key=- 503 15B 1ms",
                    "io.hvmon.access INFO 10.0.0.5 GET /hvm/vms key=- 503 15B 1ms");
        }
    }

    @Test
    void limiterCountsPerClientAndInterval() throws Exception {
        assertThat(limiter.admit(ip("10.0.0.1"))).isEqualTo(OptionalLong.of(0));
        assertThat(limiter.admit(ip("10.0.0.1"))).isEmpty();
        assertThat(limiter.admit(ip("10.0.0.2"))).isEqualTo(OptionalLong.of(0));
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(limiter.admit(ip("10.0.0.1"))).isEmpty();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limiter.admit(ip("10.0.0.1"))).isEqualTo(OptionalLong.of(2));
        assertThat(limiter.admit(ip("10.0.0.1"))).isEmpty();
        now.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(limiter.admit(ip("10.0.0.1"))).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void limiterCountsAnIpv6ClientPer64AndMappedIpv4AsIpv4() throws Exception {
        assertThat(limiter.admit(ip("2001:db8:1:2::1"))).isPresent();
        assertThat(limiter.admit(ip("2001:db8:1:2:ffff::9"))).isEmpty();
        assertThat(limiter.admit(ip("2001:db8:1:3::1"))).isPresent();
        assertThat(limiter.admit(ip("192.0.2.1"))).isPresent();
        assertThat(limiter.admit(ip("::ffff:192.0.2.1"))).isEmpty();
    }

    @Test
    void limiterMemoryIsBounded() throws Exception {
        for (int i = 0; i < 1000; i++) {
            limiter.admit(ip("10.1." + (i / 256) + "." + (i % 256)));
        }
        assertThat(limiter.tracked()).isEqualTo(100);
        assertThat(limiter.admit(ip("10.1.0.0"))).as("forgotten, so logged again").isPresent();
    }
}
