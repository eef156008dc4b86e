package io.hvmon.app.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The allowlist's ranges, X-Forwarded-For resolution and the failure limiter, on their own. */
class AddressRulesTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: no DNS lookup happens for these
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "10.0.0.0/8, 10.255.1.2, true", "10.0.0.0/8, 11.0.0.1, false",
            "192.168.1.10, 192.168.1.10, true", "192.168.1.10, 192.168.1.11, false",
            "192.168.1.10/32, 192.168.1.10, true", "0.0.0.0/0, 203.0.113.9, true",
            "127.0.0.1/32, ::ffff:127.0.0.1, true", "127.0.0.1/32, 127.0.0.2, false",
            "fd00::/8, fd12:3456::1, true", "fd00::/8, fe80::1, false", "::1, ::1, true", "::1/128, ::2, false",
            "10.0.0.0/8, fd00::1, false", "fd00::/8, 10.0.0.1, false"})
    void cidrRanges(String range, String address, boolean inside) {
        assertThat(Cidr.parse(range)).get().satisfies(c -> assertThat(c.contains(ip(address))).isEqualTo(inside));
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.0/33", "fd00::/129", "10.0.0.0/-1", "example.com", "10.0.0", "''", "10.0.0.0/8/8", "1.2.3.4/x"})
    void malformedRangesAreRefused(String text) {
        assertThat(Cidr.parse(text)).isEmpty();
    }

    @Test
    void forwardedForIsBelievedOnlyFromTrustedProxies() {
        AddressList proxies = new AddressList(List.of(Cidr.parse("10.0.0.5").orElseThrow()));
        List<String> header = List.of("203.0.113.7, 10.0.0.5");
        assertThat(ClientAddress.resolve(ip("10.0.0.5"), header, proxies)).contains(ip("203.0.113.7"));
        assertThat(ClientAddress.resolve(ip("198.51.100.1"), header, proxies)).as("untrusted peer")
                .contains(ip("198.51.100.1"));
        // a client cannot smuggle an address to the left of the one the trusted proxy appended
        assertThat(ClientAddress.resolve(ip("10.0.0.5"), List.of("127.0.0.1, 198.51.100.2"), proxies))
                .contains(ip("198.51.100.2"));
        assertThat(ClientAddress.resolve(ip("10.0.0.5"), List.of("not-an-ip"), proxies)).isEmpty();
        assertThat(ClientAddress.resolve(ip("10.0.0.5"), List.of(), proxies)).contains(ip("10.0.0.5"));
    }

    @Test
    void theLimiterCountsFailuresInItsWindowAndForgets() {
        AtomicLong now = new AtomicLong(0);
        FailureLimiter limiter = new FailureLimiter(3, Duration.ofSeconds(60), 100, now::get);
        InetAddress attacker = ip("198.51.100.9");
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.retryAfterSeconds(attacker)).isZero();
            limiter.recordFailure(attacker);
            now.addAndGet(Duration.ofSeconds(1).toNanos());
        }
        assertThat(limiter.retryAfterSeconds(attacker)).as("failures at 0, 1 and 2 s; now 3 s").isEqualTo(57);
        assertThat(limiter.retryAfterSeconds(ip("198.51.100.10"))).as("another address").isZero();
        now.addAndGet(Duration.ofSeconds(58).toNanos());
        assertThat(limiter.retryAfterSeconds(attacker)).as("the oldest failure left the window").isZero();
    }

    @Test
    void theLimiterTracksABoundedNumberOfAddresses() {
        FailureLimiter limiter = new FailureLimiter(2, Duration.ofSeconds(60), 50, System::nanoTime);
        for (int i = 0; i < 1000; i++) {
            limiter.recordFailure(ip("10.1." + (i / 250) + "." + (i % 250)));
        }
        assertThat(limiter.tracked()).isLessThanOrEqualTo(50);
    }
}
