package io.hvmon.wsman.ntlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NtlmHandshakeTest {

    @Test
    void clientAndServerAgreeAndExchangeFiftyMessagesEachWay() throws Exception {
        Handshake.Sessions s = Handshake.run("Administrator", "HV01", "S3cret!pass");
        assertThat(s.client().flags()).isEqualTo(s.server().flags()).isEqualTo(NegotiateFlags.CLIENT_DEFAULT);
        assertThat(s.server().user()).isEqualTo("Administrator");
        for (int i = 0; i < 50; i++) {
            byte[] request = ("<request n='" + i + "'/>" + "x".repeat(i * 37)).getBytes(StandardCharsets.UTF_8);
            WrappedMessage up = s.client().wrap(request);
            assertThat(up.sealed()).hasSameSizeAs(request).isNotEqualTo(request);
            assertThat(s.server().unwrap(up.signature(), up.sealed())).isEqualTo(request);

            byte[] response = ("<response n='" + i + "'/>").getBytes(StandardCharsets.UTF_8);
            WrappedMessage down = s.server().wrap(response);
            assertThat(s.client().unwrap(down.signature(), down.sealed())).isEqualTo(response);
        }
    }

    @Test
    void directionsAreIndependent() throws Exception {
        // Several requests before any response: each direction keeps its own RC4 stream and sequence.
        Handshake.Sessions s = Handshake.run("Administrator", "", "S3cret!pass");
        WrappedMessage a = s.client().wrap(new byte[] {1});
        WrappedMessage b = s.client().wrap(new byte[] {2});
        WrappedMessage r = s.server().wrap(new byte[] {3});
        assertThat(s.client().unwrap(r.signature(), r.sealed())).containsExactly(3);
        assertThat(s.server().unwrap(a.signature(), a.sealed())).containsExactly(1);
        assertThat(s.server().unwrap(b.signature(), b.sealed())).containsExactly(2);
        assertThat(b.signature()).endsWith(1, 0, 0, 0);
    }

    @Test
    void theClientSendsAMicBecauseTheServerSendsATimestampAndTheServerVerifiesIt() throws Exception {
        NtlmClient client = new NtlmClient("monitor", "", "pässwörd-ü");
        NtlmServer server = Handshake.server();
        byte[] challenge = server.challenge(client.negotiate());
        assertThat(ChallengeMessage.parse(challenge).targetInfo().timestamp()).isPresent();
        byte[] authenticate = client.authenticate(challenge);
        AuthenticateMessage parsed = AuthenticateMessage.parse(authenticate);
        assertThat(parsed.mic()).isPresent();
        assertThat(parsed.lmResponse()).containsOnly(0);

        authenticate[AuthenticateMessage.MIC_OFFSET] ^= 1;
        assertThatThrownBy(() -> server.authenticate(authenticate))
                .isInstanceOf(NtlmException.class)
                .hasMessageContaining("MIC does not verify")
                .extracting(e -> ((NtlmException) e).kind()).isEqualTo(NtlmException.Kind.AUTHENTICATION);
    }

    @Test
    void userNamesAreCaseInsensitiveAndTheDomainIsFree() throws Exception {
        assertThat(Handshake.run("ADMINISTRATOR", "whatever", "S3cret!pass").server().user())
                .isEqualTo("ADMINISTRATOR");
        assertThat(Handshake.run("administrator", "", "S3cret!pass").server().domain()).isEmpty();
        Handshake.Sessions split = Handshake.run("HV01\\monitor", "", "pässwörd-ü");
        assertThat(split.server().user()).isEqualTo("monitor");
        assertThat(split.server().domain()).isEqualTo("HV01");
    }

    @Test
    void wrongPasswordIsAnAuthenticationError() {
        assertThatThrownBy(() -> Handshake.run("Administrator", "HV01", "S3cret!pasS"))
                .isInstanceOf(NtlmException.class)
                .hasMessage("wrong password for user 'Administrator' (NTLMv2 response does not verify)")
                .hasMessageNotContaining("S3cret")
                .extracting(e -> ((NtlmException) e).kind()).isEqualTo(NtlmException.Kind.AUTHENTICATION);
    }

    @Test
    void unknownUserIsAnAuthenticationError() {
        assertThatThrownBy(() -> Handshake.run("mallory", "HV01", "S3cret!pass"))
                .isInstanceOf(NtlmException.class)
                .hasMessage("AUTHENTICATE names an unknown user 'mallory'")
                .extracting(e -> ((NtlmException) e).kind()).isEqualTo(NtlmException.Kind.AUTHENTICATION);
    }

    @Test
    void oneAuthenticatePerChallenge() throws Exception {
        NtlmClient client = new NtlmClient("Administrator", "", "S3cret!pass");
        NtlmServer server = Handshake.server();
        byte[] authenticate = client.authenticate(server.challenge(client.negotiate()));
        server.authenticate(authenticate);
        assertThatThrownBy(() -> server.authenticate(authenticate))
                .isInstanceOf(NtlmException.class)
                .extracting(e -> ((NtlmException) e).kind()).isEqualTo(NtlmException.Kind.STATE);
    }

    @Test
    void anAuthenticateForAnotherChallengeFails() throws Exception {
        NtlmClient client = new NtlmClient("Administrator", "", "S3cret!pass");
        NtlmServer server = Handshake.server();
        byte[] negotiate = client.negotiate();
        byte[] authenticate = client.authenticate(server.challenge(negotiate));
        server.challenge(negotiate); // a new handshake on the connection: new server challenge
        assertThatThrownBy(() -> server.authenticate(authenticate))
                .isInstanceOf(NtlmException.class)
                .hasMessageContaining("wrong password");
    }

    @Test
    void clientCallsOutOfOrderAreStateErrors() throws Exception {
        NtlmClient client = new NtlmClient("Administrator", "", "S3cret!pass");
        assertThatThrownBy(client::session).isInstanceOf(NtlmException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> client.authenticate(new byte[0])).isInstanceOf(NtlmException.class);
        client.negotiate();
        assertThatThrownBy(client::negotiate).isInstanceOf(NtlmException.class);
    }

    @Test
    void challengeEchoesOnlyRequestedSessionOptions() throws Exception {
        // pywinrm's NEGOTIATE: OEM instead of UNICODE, no NTLM bit (wsman.md 9.3).
        byte[] pywinrm = new NegotiateMessage(0xe2889032, java.util.Optional.empty()).encode();
        ChallengeMessage challenge = ChallengeMessage.parse(Handshake.server().challenge(pywinrm));
        int flags = challenge.flags();
        assertThat(flags & NegotiateFlags.UNICODE).isNotZero();
        assertThat(flags & (NegotiateFlags.SIGN | NegotiateFlags.SEAL | NegotiateFlags.KEY_EXCH)).isEqualTo(
                NegotiateFlags.SIGN | NegotiateFlags.SEAL | NegotiateFlags.KEY_EXCH);
        // Always set, as Windows does: ntlm-auth computes its AUTHENTICATE flags as these minus OEM, and without this
        // bit the subtraction borrows from SIGN (found against python3-winrm; see InteropTest).
        assertThat(flags & NegotiateFlags.REQUEST_TARGET).isNotZero();
        assertThat(flags - NegotiateFlags.OEM & NegotiateFlags.SIGN).as("ntlm-auth's arithmetic keeps SIGN").isNotZero();
        assertThat(challenge.targetInfo().pairs()).extracting(AvPair::id).containsExactly(
                AvPair.NB_DOMAIN_NAME, AvPair.NB_COMPUTER_NAME, AvPair.DNS_DOMAIN_NAME, AvPair.DNS_COMPUTER_NAME,
                AvPair.TIMESTAMP);
        assertThat(challenge.targetInfo().text(AvPair.NB_COMPUTER_NAME)).contains("HV01");
        assertThat(challenge.targetInfo().text(AvPair.DNS_COMPUTER_NAME)).contains("hv01.example.test");
    }
}
