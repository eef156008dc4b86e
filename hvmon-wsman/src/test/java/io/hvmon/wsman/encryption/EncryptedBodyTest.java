package io.hvmon.wsman.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hvmon.wsman.ntlm.CredentialLookup;
import io.hvmon.wsman.ntlm.NtlmClient;
import io.hvmon.wsman.ntlm.NtlmServer;
import io.hvmon.wsman.ntlm.NtlmSession;
import io.hvmon.wsman.ntlm.ServerIdentity;
import io.hvmon.wsman.ntlm.WrappedMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EncryptedBodyTest {

    private static final String PYWINRM_CONTENT_TYPE =
            "multipart/encrypted;protocol=\"application/HTTP-SPNEGO-session-encrypted\";boundary=\"Encrypted Boundary\"";

    private SessionSealing client;
    private SessionSealing server;
    /** The client's raw NTLM session, to build bodies the way other clients frame them. */
    private NtlmSession clientSession;

    @BeforeEach
    void handshake() throws Exception {
        NtlmClient c = new NtlmClient("HV01\\Administrator", "", "S3cret!pass");
        NtlmServer s = new NtlmServer(CredentialLookup.single("administrator", "S3cret!pass"),
                ServerIdentity.standalone("hv01"));
        server = new NtlmSealing(s.authenticate(c.authenticate(s.challenge(c.negotiate()))));
        clientSession = c.session();
        client = new NtlmSealing(clientSession);
    }

    private static byte[] soap(int length) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) 'x');
        byte[] head = "<s:Envelope>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, Math.min(head.length, length));
        return b;
    }

    @Test
    void roundTripsBothWaysForManyMessages() throws Exception {
        for (int i = 0; i < 20; i++) {
            byte[] request = soap(100 + 97 * i);
            EncryptedBody.Encoded up = EncryptedBody.encode(client, request);
            assertThat(up.contentType()).isEqualTo(PYWINRM_CONTENT_TYPE);
            assertThat(EncryptedBody.decode(server, up.contentType(), up.body())).isEqualTo(request);
            byte[] response = soap(3000 + i);
            EncryptedBody.Encoded down = EncryptedBody.encode(server, response);
            assertThat(EncryptedBody.decode(client, down.contentType(), down.body())).isEqualTo(response);
        }
    }

    @Test
    void layoutMatchesTheWorkedExampleOfWsmanReference() throws Exception {
        // wsman.md 10.1: a 1674-byte plaintext gives Content-Length 1932 (214 header bytes + 4 + 16 + 1674 + 24).
        byte[] body = EncryptedBody.encode(client, soap(1674)).body();
        assertThat(body).hasSize(1932);
        String head = new String(body, 0, 214, StandardCharsets.ISO_8859_1);
        assertThat(head).isEqualTo("--Encrypted Boundary\r\n"
                + "\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
                + "\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=1674\r\n"
                + "--Encrypted Boundary\r\n"
                + "\tContent-Type: application/octet-stream\r\n");
        assertThat(Arrays.copyOfRange(body, 214, 218)).containsExactly(16, 0, 0, 0);
        assertThat(Arrays.copyOfRange(body, 218, 222)).containsExactly(1, 0, 0, 0); // signature version
        assertThat(new String(body, body.length - 24, 24, StandardCharsets.ISO_8859_1))
                .isEqualTo("--Encrypted Boundary--\r\n");
    }

    /** The request body exactly as pywinrm 0.3.0 (winrm/encryption.py) assembles it, built by hand here. */
    private static byte[] pywinrmBody(WrappedMessage wrapped, int length, String tab, String eol) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--Encrypted Boundary" + eol
                + tab + "Content-Type: application/HTTP-SPNEGO-session-encrypted" + eol
                + tab + "OriginalContent: type=application/soap+xml;charset=UTF-8;Length=" + length + eol
                + "--Encrypted Boundary" + eol
                + tab + "Content-Type: application/octet-stream" + eol).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {16, 0, 0, 0});
        out.writeBytes(wrapped.signature());
        out.writeBytes(wrapped.sealed());
        out.writeBytes(("--Encrypted Boundary--" + eol).getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void decodesABodyBuiltAsPywinrmBuildsIt() throws Exception {
        byte[] soap = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"/>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = pywinrmBody(clientSession.wrap(soap), soap.length, "\t", "\r\n");
        assertThat(EncryptedBody.decode(server, PYWINRM_CONTENT_TYPE, body)).isEqualTo(soap);
    }

    @Test
    void decodesBodiesWithoutTabsOrWithBareLineFeedsAndAnUnquotedBoundary() throws Exception {
        byte[] soap = soap(500);
        byte[] ruby = pywinrmBody(clientSession.wrap(soap), soap.length, "", "\r\n");
        assertThat(EncryptedBody.decode(server, "multipart/encrypted;protocol=\"application/HTTP-SPNEGO-session-"
                + "encrypted\";boundary=\"Encrypted Boundary\"", ruby)).isEqualTo(soap);
        byte[] lf = pywinrmBody(clientSession.wrap(soap), soap.length, "\t", "\n");
        assertThat(EncryptedBody.decode(server, "Multipart/Encrypted; boundary=\"Encrypted Boundary\"; "
                + "protocol=application/http-spnego-session-encrypted", lf)).isEqualTo(soap);
    }

    @Test
    void aCustomBoundaryComesFromTheContentType() throws Exception {
        byte[] soap = soap(64);
        String body = new String(pywinrmBody(clientSession.wrap(soap), soap.length, "\t", "\r\n"),
                StandardCharsets.ISO_8859_1).replace("Encrypted Boundary", "b0undary");
        assertThat(EncryptedBody.decode(server, "multipart/encrypted;protocol=\"" + NtlmSealing.PROTOCOL
                + "\";boundary=b0undary", body.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(soap);
    }

    @Test
    void decodesSeveralEncryptedPartsInOneBody() throws Exception {
        byte[] a = soap(40);
        byte[] b = soap(70);
        byte[] first = pywinrmBody(clientSession.wrap(a), a.length, "\t", "\r\n");
        byte[] second = pywinrmBody(clientSession.wrap(b), b.length, "\t", "\r\n");
        // Drop the first closing "--\r\n" so the second part's opening boundary line follows.
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.write(first, 0, first.length - 4);
        both.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        both.write(second, "--Encrypted Boundary\r\n".length(), second.length - "--Encrypted Boundary\r\n".length());
        byte[] expected = new byte[110];
        System.arraycopy(a, 0, expected, 0, 40);
        System.arraycopy(b, 0, expected, 40, 70);
        assertThat(EncryptedBody.decode(server, PYWINRM_CONTENT_TYPE, both.toByteArray())).isEqualTo(expected);
    }

    @Test
    void aLengthThatDoesNotMatchTheDataIsRefused() throws Exception {
        byte[] soap = soap(300);
        byte[] body = pywinrmBody(clientSession.wrap(soap), soap.length - 1, "\t", "\r\n");
        assertThatThrownBy(() -> EncryptedBody.decode(server, PYWINRM_CONTENT_TYPE, body))
                .isInstanceOf(SealingException.class).hasMessageContaining("Length= does not match");
    }

    @Test
    void tamperedEncryptedBodyFailsItsSignature() throws Exception {
        byte[] body = EncryptedBody.encode(client, soap(300)).body();
        body[300] ^= 1; // inside the sealed data
        assertThatThrownBy(() -> EncryptedBody.decode(server, PYWINRM_CONTENT_TYPE, body))
                .isInstanceOf(SealingException.class)
                .extracting(e -> ((SealingException) e).kind()).isEqualTo(SealingException.Kind.INTEGRITY);
    }

    @Test
    void otherProtocolsAndContentTypesAreRefused() {
        byte[] body = new byte[10];
        assertThatThrownBy(() -> EncryptedBody.decode(server, "application/soap+xml;charset=UTF-8", body))
                .isInstanceOf(SealingException.class).hasMessageContaining("not multipart/encrypted");
        assertThatThrownBy(() -> EncryptedBody.decode(server,
                "multipart/encrypted;protocol=\"application/HTTP-Kerberos-session-encrypted\"", body))
                .isInstanceOf(SealingException.class).hasMessageContaining("this connection's encryption is application/HTTP-SPNEGO");
        assertThatThrownBy(() -> EncryptedBody.decode(server, null, body)).isInstanceOf(SealingException.class);
    }

    @Test
    void truncatedBodiesFailCleanlyButAMissingFinalLineEndIsTolerated() throws Exception {
        byte[] valid = EncryptedBody.encode(client, soap(200)).body();
        for (int length = 0; length < valid.length - 2; length++) {
            byte[] truncated = Arrays.copyOf(valid, length);
            assertThatThrownBy(() -> EncryptedBody.decode(server, PYWINRM_CONTENT_TYPE, truncated))
                    .isInstanceOf(SealingException.class)
                    .extracting(e -> ((SealingException) e).kind()).isEqualTo(SealingException.Kind.MALFORMED);
        }
        // Everything up to "--Encrypted Boundary--" is there: accepted without the CRLF.
        assertThat(EncryptedBody.decode(server, PYWINRM_CONTENT_TYPE, Arrays.copyOf(valid, valid.length - 2)))
                .isEqualTo(soap(200));
    }

    @Test
    void twoThousandMutatedBodiesFailCleanly() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            handshake(); // a fresh pair: a failed unwrap leaves a session unusable
            byte[] valid = EncryptedBody.encode(client, soap(200)).body();
            byte[] mutated = valid.clone();
            int at = random.nextInt(mutated.length);
            mutated[at] = (byte) (mutated[at] + 1 + random.nextInt(255));
            try {
                EncryptedBody.decode(server, PYWINRM_CONTENT_TYPE, mutated);
                // Only whitespace-insensitive header bytes may change without failing (e.g. a tab to a space).
                assertThat(at).isLessThan(214);
            } catch (SealingException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError("non-NTLM exception for a mutation at byte " + at, e);
            }
        }
    }

    @Test
    void oversizedBodiesAreRefusedBeforeAnyWork() {
        byte[] huge = new byte[EncryptedBody.MAX_BODY_BYTES + 1];
        assertThatThrownBy(() -> EncryptedBody.decode(server, PYWINRM_CONTENT_TYPE, huge))
                .isInstanceOf(SealingException.class).hasMessageContaining("over the");
        assertThatThrownBy(() -> EncryptedBody.encode(client, huge))
                .isInstanceOf(SealingException.class).hasMessageContaining("over the");
    }
}
