package io.hvmon.wsman.encryption;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * WinRM message encryption over HTTP (MS-WSMV 2.2.9.1): a SOAP body sealed with the connection's session (NTLM or
 * Kerberos, see {@link SessionSealing}) and framed as {@code multipart/encrypted}, byte for byte as Windows and
 * pywinrm write it (tab-indented part headers, a 4-byte little-endian signature length, the signature, the sealed
 * bytes, then the closing boundary).
 */
public final class EncryptedBody {

    public static final String BOUNDARY = "Encrypted Boundary";
    /** The type of the sealed content, as announced in OriginalContent. */
    public static final String SOAP_TYPE = "application/soap+xml;charset=UTF-8";
    /** Refuse bodies above this size before doing any work (MaxEnvelopeSize is 512 000 by default). */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private static final byte[] TRAILER = ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);

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

    /** Seals {@code soap} with {@code sealing} and frames it. Advances the session's outgoing sequence. */
    public static Encoded encode(SessionSealing sealing, byte[] soap) throws SealingException {
        return new Encoded(contentType(sealing), encodeBody(sealing, soap));
    }

    /** The Content-Type of a body sealed with {@code sealing}. */
    public static String contentType(SessionSealing sealing) {
        return "multipart/encrypted;protocol=\"" + sealing.protocol() + "\";boundary=\"" + BOUNDARY + "\"";
    }

    /**
     * Seals {@code soap} with {@code sealing} and frames it, returning the body (its Content-Type is
     * {@link #contentType}), which the caller then owns. Advances the session's outgoing sequence.
     */
    public static byte[] encodeBody(SessionSealing sealing, byte[] soap) throws SealingException {
        if (soap.length > MAX_BODY_BYTES) {
            throw SealingException.malformed("SOAP message of " + soap.length + " bytes is over the " + MAX_BODY_BYTES
                    + "-byte limit for encryption");
        }
        byte[] head = ("--" + BOUNDARY + "\r\n"
                + "\tContent-Type: " + sealing.protocol() + "\r\n"
                + "\tOriginalContent: type=" + SOAP_TYPE + ";Length=" + soap.length + "\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "\tContent-Type: application/octet-stream\r\n").getBytes(StandardCharsets.US_ASCII);
        SessionSealing.Sealed sealed = sealing.seal(soap);
        byte[] bytes = sealed.bytes();
        int signatureLength = sealed.signatureLength();
        byte[] out = new byte[head.length + 4 + bytes.length + TRAILER.length];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        out[at] = (byte) signatureLength;
        out[at + 1] = (byte) (signatureLength >>> 8);
        out[at + 2] = (byte) (signatureLength >>> 16);
        out[at + 3] = (byte) (signatureLength >>> 24);
        System.arraycopy(bytes, 0, out, at + 4, bytes.length);
        System.arraycopy(TRAILER, 0, out, at + 4 + bytes.length, TRAILER.length);
        return out;
    }

    /**
     * Unframes and unseals a body received with {@code contentType}. Advances the session's incoming sequence; a
     * failure leaves the session unusable.
     */
    public static byte[] decode(SessionSealing sealing, String contentType, byte[] body) throws SealingException {
        String boundary = EncryptedContentType.boundary(contentType, sealing);
        if (body.length > MAX_BODY_BYTES) {
            throw SealingException.malformed("encrypted body of " + body.length + " bytes is over the "
                    + MAX_BODY_BYTES + "-byte limit");
        }
        List<EncryptedPart> parts = EncryptedPart.parseAll(body, boundary, sealing);
        if (parts.size() == 1) { // what Windows sends: the plaintext is the SOAP message, no further copy
            return unseal(sealing, body, parts.getFirst());
        }
        ByteArrayOutputStream soap = new ByteArrayOutputStream(body.length);
        for (EncryptedPart part : parts) {
            soap.writeBytes(unseal(sealing, body, part));
        }
        return soap.toByteArray();
    }

    private static byte[] unseal(SessionSealing sealing, byte[] body, EncryptedPart part) throws SealingException {
        byte[] plain = sealing.unseal(body, part.signatureOffset(), part.signatureLength(), part.sealedOffset(),
                part.sealedLength());
        if (plain.length != part.originalLength()) {
            throw SealingException.malformed("OriginalContent Length=" + part.originalLength()
                    + " but the message unsealed to " + plain.length + " bytes");
        }
        return plain;
    }
}
