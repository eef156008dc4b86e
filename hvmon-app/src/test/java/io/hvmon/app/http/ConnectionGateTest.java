package io.hvmon.app.http;

import io.hvmon.app.security.AccessPolicy;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets a connection at accept, and which connections are past capacity. */
class ConnectionGateTest {

    private static final ConnectionLimits LIMITS = ConnectionLimits.DEFAULTS.withCounts(5, 2);

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    private static ConnectionGate gate(AccessPolicy policy) {
        return new ConnectionGate(policy, LIMITS, new LimitLog(new RefusalLogLimiter(Duration.ofMinutes(1), 100,
                System::nanoTime)));
    }

    @Test
    void atAcceptTheAllowlistAndTheTrustedProxiesDecide() throws Exception {
        ConnectionGate open = gate(AccessPolicy.open());
        assertThat(open.allowedAtAccept(ip("203.0.113.9"))).isTrue();

        ConnectionGate listed = gate(SecureApiTest.policy(List.of("10.0.0.0/8"), List.of("192.0.2.1")));
        assertThat(listed.allowedAtAccept(ip("10.1.2.3"))).isTrue();
        assertThat(listed.allowedAtAccept(ip("::ffff:10.1.2.3"))).isTrue();
        // A proxy's clients are only known from X-Forwarded-For, later: the proxy itself gets a connection.
        assertThat(listed.allowedAtAccept(ip("192.0.2.1"))).isTrue();
        assertThat(listed.allowedAtAccept(ip("192.0.2.2"))).isFalse();
        assertThat(listed.allowedAtAccept(ip("::1"))).isFalse();
    }

    @Test
    void connectionsPastTheCapOfAnAddressAreMarkedAndPlacesComeBackWhenClosed() throws Exception {
        ConnectionGate gate = gate(AccessPolicy.open());
        ConnectionGate.Admission first = gate.open(ip("10.0.0.1"));
        ConnectionGate.Admission second = gate.open(ip("10.0.0.1"));
        ConnectionGate.Admission third = gate.open(ip("10.0.0.1"));
        assertThat(first.overCapacity()).isNull();
        assertThat(second.overCapacity()).isNull();
        assertThat(third.overCapacity()).isNotNull();
        assertThat(third.overCapacity().status()).isEqualTo(503);
        assertThat(third.overCapacity().retryAfter()).isEqualTo(1);
        assertThat(gate.open(ip("10.0.0.2")).overCapacity()).as("another address").isNull();

        gate.closed(third);
        gate.closed(first);
        assertThat(gate.open(ip("10.0.0.1")).overCapacity()).isNull();
        assertThat(gate.openConnections()).isEqualTo(3);
    }

    @Test
    void anIpv6ClientIsCountedPerSlash64() throws Exception {
        ConnectionGate gate = gate(AccessPolicy.open());
        gate.open(ip("2001:db8::1"));
        gate.open(ip("2001:db8::2"));
        assertThat(gate.open(ip("2001:db8::ffff")).overCapacity()).isNotNull();
        assertThat(gate.open(ip("2001:db8:0:1::1")).overCapacity()).isNull();
    }

    @Test
    void trustedProxiesAreNotCappedPerAddressButTheTotalHolds() throws Exception {
        ConnectionGate gate = gate(SecureApiTest.policy(List.of(), List.of("192.0.2.1")));
        for (int i = 0; i < 5; i++) {
            assertThat(gate.open(ip("192.0.2.1")).overCapacity()).isNull();
        }
        ConnectionGate.Admission sixth = gate.open(ip("192.0.2.1"));
        assertThat(sixth.overCapacity()).isNotNull();
        assertThat(sixth.overCapacity().detail()).contains("listen.max_connections)");
    }
}
