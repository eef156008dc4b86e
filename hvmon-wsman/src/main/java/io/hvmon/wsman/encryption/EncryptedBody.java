package io.hvmon.wsman.encryption;

import io.hvmon.wsman.ntlm.NtlmException;
import io.hvmon.wsman.ntlm.NtlmSession;
import io.hvmon.wsman.ntlm.WrappedMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
        return new Encoded(CONTENT_TYPE, encodeBody(session, soap));
    }

    private static final byte[] TRAILER = ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);

    /**
     * As {@link #encode}, returning only the body (its Content-Type is {@link #CONTENT_TYPE}), which the caller then
     * owns: the message is sealed straight into the body, without intermediate copies.
     */
    public static byte[] encodeBody(NtlmSession session, byte[] soap) throws NtlmException {
        if (soap.length > MAX_BODY_BYTES) {
            throw new NtlmException(NtlmException.Kind.MALFORMED, "SOAP message of " + soap.length
                    + " bytes is over the " + MAX_BODY_BYTES + "-byte limit for encryption");
        }
        byte[] head = ("--" + BOUNDARY + "\r\n"
                + "\tContent-Type: " + PROTOCOL + "\r\n"
                + "\tOriginalContent: type=" + SOAP_TYPE + ";Length=" + soap.length + "\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "\tContent-Type: application/octet-stream\r\n").getBytes(StandardCharsets.US_ASCII);
        int signatureLength = WrappedMessage.SIGNATURE_LENGTH;
        byte[] out = new byte[head.length + 4 + signatureLength + soap.length + TRAILER.length];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        out[at] = (byte) signatureLength;
        out[at + 1] = (byte) (signatureLength >>> 8);
        out[at + 2] = (byte) (signatureLength >>> 16);
        out[at + 3] = (byte) (signatureLength >>> 24);
        int signatureAt = at + 4;
        int sealedAt = signatureAt + signatureLength;
        session.wrapInto(soap, out, signatureAt, sealedAt);
        System.arraycopy(TRAILER, 0, out, sealedAt + soap.length, TRAILER.length);
        return out;
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
        List<EncryptedPart> parts = EncryptedPart.parseAll(body, boundary);
        if (parts.size() == 1) { // what Windows sends: the plaintext is the SOAP message, no further copy
            EncryptedPart part = parts.getFirst();
            return session.unwrap(body, part.signatureOffset(), part.sealedOffset(), part.originalLength());
        }
        ByteArrayOutputStream soap = new ByteArrayOutputStream(body.length);
        for (EncryptedPart part : parts) {
            soap.writeBytes(session.unwrap(body, part.signatureOffset(), part.sealedOffset(), part.originalLength()));
        }
        return soap.toByteArray();
    }
}
