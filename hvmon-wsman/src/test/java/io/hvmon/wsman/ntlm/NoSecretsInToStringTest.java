package io.hvmon.wsman.ntlm;

import static io.hvmon.wsman.ntlm.MsNlmpVectors.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.wsman.encryption.EncryptedBody;
import io.hvmon.wsman.encryption.NtlmSealing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** With the MS-NLMP inputs every secret is known, so every toString can be searched for all of them. */
class NoSecretsInToStringTest {

    private static final List<String> SECRETS = List.of(PASSWORD, Hex.of(NtlmCrypto.ntHash(PASSWORD)),
            Hex.of(NTOWF_V2), Hex.of(NT_PROOF_STR), Hex.of(SESSION_BASE_KEY), Hex.of(RANDOM_SESSION_KEY),
            Hex.of(ENCRYPTED_SESSION_KEY), Hex.of(SEAL_KEY_C2S), Hex.of(SIGN_KEY_C2S), Hex.of(LMV2_RESPONSE),
            Hex.of(PLAINTEXT), Hex.of(SEALED), "Plaintext");

    @Test
    void noToStringShowsAPasswordKeyHashOrContent() throws Exception {
        NtlmClient client = MsNlmpNtlmV2Test.specClient();
        List<Object> objects = new ArrayList<>();
        objects.add(client);
        objects.add(NegotiateMessage.parse(client.negotiate()));
        byte[] authenticate = client.authenticate(CHALLENGE_MESSAGE);
        objects.add(client);
        objects.add(ChallengeMessage.parse(CHALLENGE_MESSAGE));
        AuthenticateMessage parsed = AuthenticateMessage.parse(authenticate);
        objects.add(parsed);
        objects.add(NtlmV2Response.parse(parsed.ntResponse()));
        NtlmSession session = client.session();
        objects.add(session);
        objects.add(session.wrap(PLAINTEXT));
        objects.add(EncryptedBody.encode(new NtlmSealing(session), PLAINTEXT));
        objects.add(session);
        objects.add(new Rc4(SEAL_KEY_C2S));
        objects.add(new SealingDirection(SIGN_KEY_C2S, SEAL_KEY_C2S, true));
        objects.add(AvPair.u32(AvPair.FLAGS, 2));
        NtlmServer server = new NtlmServer(CredentialLookup.single(USER, PASSWORD), Handshake.HOST,
                SERVER_CHALLENGE::clone, () -> TIME);
        server.challenge(new NegotiateMessage(NegotiateFlags.CLIENT_DEFAULT, java.util.Optional.empty()).encode());
        objects.add(server);
        objects.add(server.authenticate(AUTHENTICATE_MESSAGE));

        for (Object o : objects) {
            String text = o.toString().toLowerCase(Locale.ROOT);
            for (String secret : SECRETS) {
                assertThat(text).as(o.getClass().getSimpleName()).doesNotContain(secret.toLowerCase(Locale.ROOT));
            }
            assertThat(text).doesNotContain("[b@");
        }
    }
}
