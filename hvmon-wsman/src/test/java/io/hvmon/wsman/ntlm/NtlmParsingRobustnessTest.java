package io.hvmon.wsman.ntlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Truncated, oversized, garbage and randomly mutated messages: always an NtlmException, never anything else. */
class NtlmParsingRobustnessTest {

    @FunctionalInterface
    interface Parser {
        void parse(byte[] message) throws NtlmException;
    }

    /** Runs {@code parser}; success is fine, an NtlmException is fine, any other throwable fails the test. */
    private static void survives(Parser parser, byte[] message) {
        try {
            parser.parse(message);
        } catch (NtlmException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } catch (RuntimeException e) {
            throw new AssertionError("non-NTLM exception for input of " + message.length + " bytes", e);
        }
    }

    private static byte[][] validMessages() throws NtlmException {
        NtlmClient client = new NtlmClient("Administrator", "", "S3cret!pass");
        NtlmServer server = Handshake.server();
        byte[] negotiate = client.negotiate();
        byte[] challenge = server.challenge(negotiate);
        byte[] authenticate = client.authenticate(challenge);
        return new byte[][] {negotiate, challenge, authenticate, MsNlmpVectors.CHALLENGE_MESSAGE,
            MsNlmpVectors.AUTHENTICATE_MESSAGE};
    }

    private static final Parser[] PARSERS = {
        NegotiateMessage::parse, ChallengeMessage::parse, AuthenticateMessage::parse,
        m -> TargetInfo.parse(m, "test"), NtlmV2Response::parse
    };

    @Test
    void everyTruncationOfEveryMessageFailsCleanly() throws Exception {
        for (byte[] message : validMessages()) {
            for (int length = 0; length < message.length; length++) {
                byte[] truncated = Arrays.copyOf(message, length);
                for (Parser parser : PARSERS) {
                    survives(parser, truncated);
                }
            }
        }
    }

    @Test
    void truncationMessagesNameTheMessageAndOffset() {
        byte[] challenge = Arrays.copyOf(MsNlmpVectors.CHALLENGE_MESSAGE, 30);
        assertThatThrownBy(() -> ChallengeMessage.parse(challenge))
                .isInstanceOf(NtlmException.class)
                .hasMessage("CHALLENGE message truncated at offset 24 (needs 8 bytes, has 30)");
        byte[] authenticate = MsNlmpVectors.AUTHENTICATE_MESSAGE.clone();
        authenticate[24] = 0x10; // NtChallengeResponse now starts at 0x110, beyond the end
        authenticate[25] = 0x01;
        assertThatThrownBy(() -> AuthenticateMessage.parse(authenticate))
                .isInstanceOf(NtlmException.class)
                .hasMessageContaining("AUTHENTICATE message field NtChallengeResponse points outside the message");
    }

    @Test
    void wrongSignatureTypeAndSizeAreRefused() {
        assertThatThrownBy(() -> ChallengeMessage.parse(MsNlmpVectors.AUTHENTICATE_MESSAGE))
                .isInstanceOf(NtlmException.class).hasMessageContaining("expected a CHALLENGE message (type 2)");
        assertThatThrownBy(() -> NegotiateMessage.parse("GET / HTTP/1.1\r\n\r\n".getBytes()))
                .isInstanceOf(NtlmException.class).hasMessageContaining("NTLMSSP signature");
        assertThatThrownBy(() -> AuthenticateMessage.parse(new byte[1 << 20]))
                .isInstanceOf(NtlmException.class).hasMessageContaining("over the limit");
        assertThatThrownBy(() -> NegotiateMessage.parse(new byte[0]))
                .isInstanceOf(NtlmException.class).hasMessageContaining("empty");
    }

    @Test
    void twoThousandMutatedMessagesPerTypeFailCleanly() throws Exception {
        Random random = new Random(20_250_101L);
        for (byte[] message : validMessages()) {
            for (int i = 0; i < 2000; i++) {
                byte[] mutated = mutate(message, random);
                for (Parser parser : PARSERS) {
                    survives(parser, mutated);
                }
            }
        }
    }

    @Test
    void mutatedAuthenticateMessagesNeverAuthenticateAndFailCleanly() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            NtlmClient client = new NtlmClient("Administrator", "", "S3cret!pass");
            NtlmServer server = Handshake.server();
            byte[] authenticate = client.authenticate(server.challenge(client.negotiate()));
            byte[] mutated = mutate(authenticate, random);
            if (Arrays.equals(mutated, authenticate)) {
                continue;
            }
            try {
                NtlmSession session = server.authenticate(mutated);
                // Only bytes outside what the NTProofStr and MIC cover may change (e.g. unused buffer max-lengths).
                assertThat(session.user()).isEqualToIgnoringCase("Administrator");
            } catch (NtlmException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void mutatedChallengesReachTheClientCleanly() throws Exception {
        Random random = new Random(11);
        byte[] challenge = Handshake.server().challenge(new NtlmClient("a", "", "b").negotiate());
        for (int i = 0; i < 2000; i++) {
            NtlmClient client = new NtlmClient("Administrator", "", "S3cret!pass");
            client.negotiate();
            survives(client::authenticate, mutate(challenge, random));
        }
    }

    @Test
    void aHugeAvPairListIsRefused() {
        byte[] many = new byte[4 * (TargetInfo.MAX_PAIRS + 2)];
        for (int i = 0; i < TargetInfo.MAX_PAIRS + 1; i++) {
            many[4 * i] = 9; // MsvAvTargetName, empty
        }
        assertThatThrownBy(() -> TargetInfo.parse(many, "CHALLENGE message"))
                .isInstanceOf(NtlmException.class).hasMessageContaining("more than 64 AV pairs");
    }

    static byte[] mutate(byte[] message, Random random) {
        byte[] out = message.clone();
        switch (random.nextInt(4)) {
            case 0 -> { // flip a few bytes, often in the header where lengths and offsets live
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    int at = random.nextBoolean() ? random.nextInt(Math.min(out.length, 96)) : random.nextInt(out.length);
                    out[at] = (byte) random.nextInt(256);
                }
            }
            case 1 -> out = Arrays.copyOf(out, random.nextInt(out.length + 1));
            case 2 -> { // a plausible but wrong 16-bit length or 32-bit offset
                int at = 12 + 2 * random.nextInt(Math.max(1, Math.min(out.length, 88) / 2 - 6));
                int v = random.nextBoolean() ? 0xffff : random.nextInt(0x10000);
                if (at + 1 < out.length) {
                    out[at] = (byte) v;
                    out[at + 1] = (byte) (v >>> 8);
                }
            }
            default -> { // append garbage
                byte[] tail = new byte[random.nextInt(64)];
                random.nextBytes(tail);
                out = Arrays.copyOf(out, out.length + tail.length);
                System.arraycopy(tail, 0, out, message.length, tail.length);
            }
        }
        return out;
    }
}
