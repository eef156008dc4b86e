package io.hvmon.wsman.kerberos;

import io.hvmon.wsman.encryption.EncryptedBody;
import io.hvmon.wsman.encryption.SealingException;
import io.hvmon.wsman.encryption.SessionSealing;
import org.ietf.jgss.GSSException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Kerberos logon between hvmon's initiator and acceptor in one JVM, with tickets from a real MIT KDC: the wrap
 * tokens' Windows layout, tampering and replay, and TLS channel bindings.
 */
@Timeout(60)
class GssSealingTest {

    private static final String USER = "sealer@" + MitKdc.REALM;
    private static final String PASSWORD = "Seal-Pa55";
    private static final String SERVICE = "HTTP/sealing.test@" + MitKdc.REALM;
    private static Path serviceKeytab;

    @BeforeAll
    static void principals() {
        MitKdc.assumeAvailable();
        MitKdc kdc = MitKdc.shared();
        kdc.useInThisJvm();
        kdc.addUser(USER, PASSWORD);
        kdc.addService(SERVICE);
        serviceKeytab = kdc.keytab(SERVICE);
    }

    private record Pair(GssSealing client, GssSealing server) {
    }

    private static Pair logOn(byte[] clientBinding, byte[] serverBinding) throws Exception {
        KerberosLogin login = new KerberosLogin(new KerberosCredentials.Password(USER, PASSWORD.toCharArray()),
                Clock.systemUTC());
        KerberosInitiator initiator = KerberosInitiator.start(login, SERVICE, clientBinding);
        KerberosAcceptor.Accepted accepted = KerberosAcceptor.fromKeytab(SERVICE, serviceKeytab)
                .accept(initiator.firstToken(), serverBinding, GssSealing.SPNEGO_PROTOCOL);
        initiator.finish(accepted.answer());
        assertThat(accepted.client()).isEqualTo(USER);
        return new Pair(initiator.sealing(), accepted.sealing());
    }

    private static byte[] soap(int length) {
        byte[] soap = new byte[length];
        Arrays.fill(soap, (byte) 'k');
        return soap;
    }

    @Test
    void messagesRoundTripBothWaysInTheRotatedLayoutWindowsAndMitUse() throws Exception {
        Pair pair = logOn(null, null);
        for (int i = 0; i < 10; i++) {
            byte[] request = soap(50 + 211 * i);
            SessionSealing.Sealed sealed = pair.client().seal(request);
            byte[] token = sealed.bytes();
            assertThat(sealed.signatureLength()).isEqualTo(60); // AES-SHA1: header, confounder, header copy, checksum
            assertThat(token.length).isEqualTo(60 + request.length);
            assertThat(token[0]).isEqualTo((byte) 0x05);
            assertThat(token[1]).isEqualTo((byte) 0x04);
            assertThat(((token[6] & 0xff) << 8) | (token[7] & 0xff)).as("RRC").isEqualTo(28);
            assertThat(pair.server().unseal(token, 0, 60, 60, request.length)).isEqualTo(request);

            byte[] response = soap(3000 + i);
            EncryptedBody.Encoded down = EncryptedBody.encode(pair.server(), response);
            assertThat(down.contentType()).contains("application/HTTP-SPNEGO-session-encrypted");
            assertThat(new String(down.body(), StandardCharsets.ISO_8859_1)).doesNotContain("kkkkkkkk");
            assertThat(EncryptedBody.decode(pair.client(), down.contentType(), down.body())).isEqualTo(response);
        }
    }

    @Test
    void tokensRotatedOtherwiseOrNotAtAllAreReadWhateverTheSplit() throws Exception {
        Pair pair = logOn(null, null);
        for (int rrc : new int[] {0, 12, 28}) {
            byte[] message = soap(700 + rrc);
            byte[] windows = pair.client().seal(message).bytes(); // RRC 28: 60 bytes before the message
            byte[] token = rerotate(windows, 28, rrc);
            int signature = 16 + rrc + 16; // header, the rotated bytes, the confounder; the rest follows the message
            byte[] body = frame(token, signature, message.length);
            String type = "multipart/encrypted;protocol=\"" + GssSealing.SPNEGO_PROTOCOL
                    + "\";boundary=\"Encrypted Boundary\"";
            assertThat(EncryptedBody.decode(pair.server(), type, body)).as("RRC " + rrc).isEqualTo(message);
        }
    }

    /** The token with its encrypted part rotated by {@code to} instead of {@code from} (RFC 4121 §4.2.5). */
    private static byte[] rerotate(byte[] token, int from, int to) {
        int n = token.length - 16;
        byte[] plain = new byte[n]; // unrotated: left by "from"
        for (int i = 0; i < n; i++) {
            plain[i] = token[16 + (i + from) % n];
        }
        byte[] out = Arrays.copyOf(token, token.length);
        for (int i = 0; i < n; i++) { // rotated right by "to"
            out[16 + (i + to) % n] = plain[i];
        }
        out[6] = (byte) (to >>> 8);
        out[7] = (byte) to;
        return out;
    }

    /** A WinRM multipart body whose signature is the token's first {@code signature} bytes. */
    private static byte[] frame(byte[] token, int signature, int length) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--Encrypted Boundary\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
                + "\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=" + length + "\r\n"
                + "--Encrypted Boundary\r\n\tContent-Type: application/octet-stream\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) signature, 0, 0, 0});
        out.writeBytes(token);
        out.writeBytes("--Encrypted Boundary--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void aTamperedOrReplayedMessageIsRefused() throws Exception {
        Pair pair = logOn(null, null);
        byte[] token = pair.client().seal(soap(400)).bytes();
        byte[] tampered = token.clone();
        tampered[200] ^= 1;
        assertThatThrownBy(() -> pair.server().unseal(tampered, 0, 60, 60, 400))
                .isInstanceOf(SealingException.class)
                .extracting(e -> ((SealingException) e).kind()).isEqualTo(SealingException.Kind.INTEGRITY);

        Pair fresh = logOn(null, null);
        byte[] first = fresh.client().seal(soap(100)).bytes();
        assertThat(fresh.server().unseal(first, 0, 60, 60, 100)).hasSize(100);
        assertThatThrownBy(() -> fresh.server().unseal(first, 0, 60, 60, 100))
                .isInstanceOf(SealingException.class).hasMessageContaining("out of sequence");
    }

    @Test
    void theTlsChannelBindingTravelsInTheTicketAndAnotherChannelIsRefused() throws Exception {
        byte[] channel = "tls-server-end-point:0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] other = "tls-server-end-point:fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        assertThat(logOn(channel, channel).server()).isNotNull();
        assertThatThrownBy(() -> logOn(channel, other)).isInstanceOf(GSSException.class)
                .extracting(e -> ((GSSException) e).getMajor()).isEqualTo(GSSException.BAD_BINDINGS);
        assertThatThrownBy(() -> logOn(null, channel)).isInstanceOf(GSSException.class)
                .hasMessageContaining("ChannelBinding");
    }
}
