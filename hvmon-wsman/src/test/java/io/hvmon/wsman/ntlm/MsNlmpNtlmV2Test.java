package io.hvmon.wsman.ntlm;

import static io.hvmon.wsman.ntlm.MsNlmpVectors.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every value of MS-NLMP 4.2.4 "NTLMv2 Authentication", computed by our code. */
class MsNlmpNtlmV2Test {

    static final NtlmClient.Inputs SPEC_INPUTS = new NtlmClient.Inputs() {
        @Override
        public byte[] clientChallenge() {
            return CLIENT_CHALLENGE.clone();
        }

        @Override
        public byte[] randomSessionKey() {
            return RANDOM_SESSION_KEY.clone();
        }

        @Override
        public long fileTimeNow() {
            return TIME;
        }
    };

    static NtlmClient specClient() {
        return new NtlmClient(USER, DOMAIN, PASSWORD, WORKSTATION, SPEC_INPUTS, VERSION);
    }

    @Test
    void ntowfV2_4_2_4_1_1() {
        assertThat(NtlmCrypto.ntowfV2(NtlmCrypto.ntHash(PASSWORD), USER, DOMAIN)).isEqualTo(NTOWF_V2);
    }

    @Test
    void ntowfV2UppercasesTheUserButNotTheDomain() {
        byte[] ntHash = NtlmCrypto.ntHash(PASSWORD);
        assertThat(NtlmCrypto.ntowfV2(ntHash, "uSeR", DOMAIN)).isEqualTo(NTOWF_V2);
        assertThat(NtlmCrypto.ntowfV2(ntHash, USER, "DOMAIN")).isNotEqualTo(NTOWF_V2);
    }

    @Test
    void tempBlobAndTargetInfo_4_2_4_1_3() throws Exception {
        assertThat(NtlmCrypto.clientBlob(TIME, CLIENT_CHALLENGE, TARGET_INFO)).isEqualTo(TEMP);
        TargetInfo parsed = TargetInfo.parse(TARGET_INFO, "test");
        assertThat(parsed.text(AvPair.NB_DOMAIN_NAME)).contains("Domain");
        assertThat(parsed.text(AvPair.NB_COMPUTER_NAME)).contains("Server");
        assertThat(parsed.encode()).isEqualTo(TARGET_INFO);
    }

    @Test
    void ntProofStrSessionBaseKeyAndLmV2_4_2_4_1_2_and_4_2_4_2() {
        byte[] proof = NtlmCrypto.ntProofStr(NTOWF_V2, SERVER_CHALLENGE, TEMP);
        assertThat(proof).isEqualTo(NT_PROOF_STR);
        assertThat(NtlmCrypto.sessionBaseKey(NTOWF_V2, proof)).isEqualTo(SESSION_BASE_KEY);
        assertThat(NtlmCrypto.lmV2Response(NTOWF_V2, SERVER_CHALLENGE, CLIENT_CHALLENGE)).isEqualTo(LMV2_RESPONSE);
    }

    @Test
    void keyExchange_4_2_4_2() {
        // KXKEY is the session base key for NTLMv2; the random session key is RC4-encrypted with it.
        assertThat(Rc4.once(SESSION_BASE_KEY, RANDOM_SESSION_KEY)).isEqualTo(ENCRYPTED_SESSION_KEY);
        assertThat(Rc4.once(SESSION_BASE_KEY, ENCRYPTED_SESSION_KEY)).isEqualTo(RANDOM_SESSION_KEY);
    }

    @Test
    void signAndSealKeys_4_2_4_4() {
        assertThat(NtlmCrypto.signKey(RANDOM_SESSION_KEY, true)).isEqualTo(SIGN_KEY_C2S);
        assertThat(NtlmCrypto.sealKey(RANDOM_SESSION_KEY, AUTHENTICATE_FLAGS, true)).isEqualTo(SEAL_KEY_C2S);
        assertThat(NtlmCrypto.signKey(RANDOM_SESSION_KEY, false)).isNotEqualTo(SIGN_KEY_C2S);
        assertThat(NtlmCrypto.sealKey(RANDOM_SESSION_KEY, AUTHENTICATE_FLAGS, false)).isNotEqualTo(SEAL_KEY_C2S);
    }

    @Test
    void checksumBeforeRc4_4_2_4_4() {
        byte[] hmac = NtlmCrypto.hmacMd5(SIGN_KEY_C2S, new byte[4], PLAINTEXT);
        assertThat(Arrays.copyOf(hmac, 8)).isEqualTo(CHECKSUM_BEFORE_RC4);
    }

    @Test
    void challengeMessageParses_4_2_4_3() throws Exception {
        ChallengeMessage challenge = ChallengeMessage.parse(CHALLENGE_MESSAGE);
        assertThat(challenge.flags()).isEqualTo(CHALLENGE_FLAGS);
        assertThat(challenge.serverChallenge()).isEqualTo(SERVER_CHALLENGE);
        assertThat(challenge.targetName()).isEqualTo("Server");
        assertThat(challenge.targetInfo().encode()).isEqualTo(TARGET_INFO);
        assertThat(challenge.version()).contains(new NtlmVersion(6, 0, 6000, 15));
        assertThat(challenge.encode()).isEqualTo(CHALLENGE_MESSAGE);
    }

    @Test
    void clientBuildsTheAuthenticateMessageByteForByte_4_2_4_3() throws Exception {
        NtlmClient client = specClient();
        client.negotiate();
        byte[] authenticate = client.authenticate(CHALLENGE_MESSAGE);
        assertThat(Hex.of(authenticate)).isEqualTo(Hex.of(AUTHENTICATE_MESSAGE));
        assertThat(client.session().flags()).isEqualTo(AUTHENTICATE_FLAGS);
    }

    @Test
    void authenticateMessageParses_4_2_4_3() throws Exception {
        AuthenticateMessage message = AuthenticateMessage.parse(AUTHENTICATE_MESSAGE);
        assertThat(message.flags()).isEqualTo(AUTHENTICATE_FLAGS);
        assertThat(message.user()).isEqualTo(USER);
        assertThat(message.domain()).isEqualTo(DOMAIN);
        assertThat(message.workstation()).isEqualTo(WORKSTATION);
        assertThat(message.lmResponse()).isEqualTo(LMV2_RESPONSE);
        assertThat(message.ntResponse()).isEqualTo(NtlmCrypto.concat(NT_PROOF_STR, TEMP));
        assertThat(message.encryptedRandomSessionKey()).isEqualTo(ENCRYPTED_SESSION_KEY);
        assertThat(message.version()).contains(VERSION);
        assertThat(message.mic()).isEmpty();
        assertThat(message.encode()).isEqualTo(AUTHENTICATE_MESSAGE);
    }

    @Test
    void clientSealsPlaintext_4_2_4_4() throws Exception {
        NtlmClient client = specClient();
        client.negotiate();
        client.authenticate(CHALLENGE_MESSAGE);
        WrappedMessage wrapped = client.session().wrap(PLAINTEXT);
        assertThat(wrapped.sealed()).isEqualTo(SEALED);
        assertThat(wrapped.signature()).isEqualTo(SIGNATURE);
    }

    @Test
    void serverVerifiesTheSpecAuthenticateAndUnsealsTheSpecMessage() throws Exception {
        NtlmServer server = new NtlmServer(CredentialLookup.single(USER, PASSWORD),
                new ServerIdentity("Server", "Domain", "Server", "Domain"), SERVER_CHALLENGE::clone, () -> TIME);
        server.challenge(new NegotiateMessage(NegotiateFlags.CLIENT_DEFAULT, java.util.Optional.empty()).encode());
        NtlmSession session = server.authenticate(AUTHENTICATE_MESSAGE);
        assertThat(session.user()).isEqualTo(USER);
        assertThat(session.unwrap(SIGNATURE, SEALED)).isEqualTo(PLAINTEXT);
    }
}
