package io.hvmon.wsman.ntlm;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NTLM's MsvAvChannelBindings over https, as WinRM's CbtHardeningLevel checks it. */
class ChannelBindingTest {

    private static final byte[] CHANNEL = "tls-server-end-point:abcdefghijklmnopqrstuvwxyz012345"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER = "tls-server-end-point:543210zyxwvutsrqponmlkjihgfedcba"
            .getBytes(StandardCharsets.US_ASCII);

    /** The AUTHENTICATE of a client bound to {@code clientBinding} (null: none), answering {@code server}. */
    private static byte[] handshake(byte[] clientBinding, NtlmServer server) throws NtlmException {
        NtlmClient client = new NtlmClient("monitor", "", "pässwörd-ü");
        byte[] challenge = server.challenge(client.negotiate());
        return client.authenticate(challenge, clientBinding);
    }

    @Test
    void theHashIsMd5OfTheGssStructureWithNoAddresses() {
        // 16 zero bytes, the little-endian length 5, "hello": as ntlm_auth's GssChannelBindingsStruct hashes it
        assertThat(HexFormat.of().formatHex(NtlmCrypto.channelBindingsHash("hello".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("50f40d34cd26c144fc662ed1ec783a94");
    }

    @Test
    void aBindingToThisChannelIsAcceptedAtEveryLevel() throws Exception {
        NtlmServer server = Handshake.server();
        byte[] authenticate = handshake(CHANNEL, server);
        assertThat(NtlmV2Response.parse(AuthenticateMessage.parse(authenticate).ntResponse()).targetInfo()
                .get(AvPair.CHANNEL_BINDINGS)).get().extracting(AvPair::value)
                .isEqualTo(NtlmCrypto.channelBindingsHash(CHANNEL));
        assertThat(server.authenticate(authenticate, CHANNEL, true).user()).isEqualTo("monitor");
    }

    @Test
    void aBindingToAnotherChannelIsRefused() throws Exception {
        NtlmServer server = Handshake.server();
        byte[] authenticate = handshake(OTHER, server);
        assertThatThrownBy(() -> server.authenticate(authenticate, CHANNEL, false))
                .isInstanceOf(NtlmException.class).hasMessageContaining("bound to another TLS channel")
                .extracting(e -> ((NtlmException) e).kind()).isEqualTo(NtlmException.Kind.AUTHENTICATION);
    }

    @Test
    void noBindingPassesRelaxedButNotStrict() throws Exception {
        NtlmServer relaxed = Handshake.server();
        assertThat(relaxed.authenticate(handshake(null, relaxed), CHANNEL, false).user()).isEqualTo("monitor");
        NtlmServer strict = Handshake.server();
        byte[] authenticate = handshake(null, strict);
        assertThatThrownBy(() -> strict.authenticate(authenticate, CHANNEL, true))
                .isInstanceOf(NtlmException.class).hasMessageContaining("CbtHardeningLevel=Strict");
    }
}
