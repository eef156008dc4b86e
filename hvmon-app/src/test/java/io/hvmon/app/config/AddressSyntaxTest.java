package io.hvmon.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "127.0.0.1", "255.255.255.255", "::", "::1", "fe80::1", "2001:db8::8a2e:370:7334",
            "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:192.0.2.1", "1::", "FE80::ABCD", "localhost",
            "hvmon.example.com", "hvmon.example.com.", "xn--bcher-kva.example", "a-b.c1", "host01"})
    void accepts(String address) {
        assertThat(AddressSyntax.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "[::1]", "::1::2", ":::", ":1",
            "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "g::1", "fe80::1%eth0", "host name", "-bad.example",
            "bad-.example", "a..b", "under_score.example", "h\u00f6st", "0.0.0.0 ", "1.2.3.4:80", "."})
    void refuses(String address) {
        assertThat(AddressSyntax.isValid(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "::1.2.3.4"})
    void acceptsIpv6WithEmbeddedIpv4(String address) {
        assertThat(AddressSyntax.isIpv6(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4:5", "::1.2.3"})
    void refusesMisplacedEmbeddedIpv4(String address) {
        assertThat(AddressSyntax.isIpv6(address)).isFalse();
    }
}
