package io.hvmon.wsman.encryption;

import io.hvmon.wsman.ntlm.NtlmException;
import io.hvmon.wsman.ntlm.NtlmSession;
import io.hvmon.wsman.ntlm.WrappedMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * WinRM message encryption over HTTP (MS-WSMV 2.2.9.1): a SOAP body sealed with the connection's NTLM session and
 * framed as {@code multipart/encrypted}, byte for byte as Windows and pywinrm write it (tab-indented part headers,
 * a 4-byte little-endian signature length, the signature, the sealed bytes, then the closing boundary).
 */
public final class EncryptedBody {

    public static final String PROTOCOL = "application/HTTP-SPNEGO-session-encrypted";
    public static final String BOUNDARY = "Encrypted Boundary";
    public static final String CONTENT_TYPE = "multipart/encrypted;protocol=\"" + PROTOCOL + "\";boundary=\""
            + BOUNDARY + "\"";
    /** The type of the sealed content, as announced in OriginalContent. */
    public static final String SOAP_TYPE = "application/soap+xml;charset=UTF-8";
    /** Refuse bodies above this size before doing any work (MaxEnvelopeSize is 512 000 by default). */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    /** What to send: the Content-Type header value and the body. */
    public record Encoded(String contentType, byte[] body) {
        public Encoded {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public String toString() {
            return "Encoded[" + contentType + ", " + body.length + " bytes]";
        }
    }

    private EncryptedBody() {
    }

    /** Seals {@code soap} with {@code session} and frames it. Advances the session's outgoing sequence. */
    public static Encoded encode(NtlmSession session, byte[] soap) throws NtlmException {
        if (soap.length > MAX_BODY_BYTES) {
            throw new NtlmException(NtlmException.Kind.MALFORMED, "SOAP message of " + soap.length
                    + " bytes is over the " + MAX_BODY_BYTES + "-byte limit for encryption");
        }
        WrappedMessage wrapped = session.wrap(soap);
        ByteArrayOutputStream out = new ByteArrayOutputStream(soap.length + 256);
        ascii(out, "--" + BOUNDARY + "\r\n");
        ascii(out, "\tContent-Type: " + PROTOCOL + "\r\n");
        ascii(out, "\tOriginalContent: type=" + SOAP_TYPE + ";Length=" + soap.length + "\r\n");
        ascii(out, "--" + BOUNDARY + "\r\n");
        ascii(out, "\tContent-Type: application/octet-stream\r\n");
        byte[] signature = wrapped.signature();
        int n = signature.length;
        out.write(n);
        out.write(n >>> 8);
        out.write(n >>> 16);
        out.write(n >>> 24);
        out.writeBytes(signature);
        out.writeBytes(wrapped.sealed());
        ascii(out, "--" + BOUNDARY + "--\r\n");
        return new Encoded(CONTENT_TYPE, out.toByteArray());
    }

    /**
     * Unframes and unseals a body received with {@code contentType}. Advances the session's incoming sequence; a
     * failure leaves the session unusable (see {@link NtlmSession#unwrap}).
     */
    public static byte[] decode(NtlmSession session, String contentType, byte[] body) throws NtlmException {
        String boundary = EncryptedContentType.boundary(contentType);
        if (body.length > MAX_BODY_BYTES) {
            throw new NtlmException(NtlmException.Kind.MALFORMED, "encrypted body of " + body.length
                    + " bytes is over the " + MAX_BODY_BYTES + "-byte limit");
        }
        ByteArrayOutputStream soap = new ByteArrayOutputStream(body.length);
        for (EncryptedPart part : EncryptedPart.parseAll(body, boundary)) {
            byte[] plaintext = session.unwrap(part.signature(), part.sealed());
            if (plaintext.length != part.originalLength()) {
                throw new NtlmException(NtlmException.Kind.MALFORMED, "decrypted length " + plaintext.length
                        + " differs from OriginalContent Length=" + part.originalLength());
            }
            soap.writeBytes(plaintext);
        }
        return soap.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
