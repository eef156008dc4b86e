package io.hvmon.wsman.kerberos;

import io.hvmon.wsman.encryption.SealingException;
import io.hvmon.wsman.encryption.SessionSealing;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSException;
import org.ietf.jgss.MessageProp;

/**
 * WinRM message encryption with a Kerberos session: each message is a GSS wrap token with confidentiality
 * (RFC 4121 §4.2.4: header, then the encrypted confounder, message and header copy, then the checksum). Windows and
 * MIT's gss_wrap_iov (pywinrm, pyspnego) send it "rotated" (RFC 4121 §4.2.5): the encrypted header copy and the
 * checksum are moved up behind the 16-byte token header, so that the bytes after WinRM's signature are exactly the
 * encrypted message. The JDK writes tokens unrotated, so hvmon rotates them itself; it reads either layout (the JDK
 * undoes any rotation the RRC field announces).
 */
public final class GssSealing implements SessionSealing {

    /** What Windows and pywinrm send after a {@code Negotiate} (SPNEGO) logon. */
    public static final String SPNEGO_PROTOCOL = "application/HTTP-SPNEGO-session-encrypted";
    /** What clients send after a {@code Kerberos} logon (WinRb's HttpGSSAPI, MS-WSMV 2.2.9.1.2). */
    public static final String KERBEROS_PROTOCOL = "application/HTTP-Kerberos-session-encrypted";

    private static final int TOKEN_HEADER = 16;
    private static final int RRC_AT = 6;
    /** The confounder before the message: one AES block (RFC 3962, RFC 8009). */
    private static final int CONFOUNDER = 16;
    /**
     * Windows and MIT put the token header, confounder, header copy and checksum (60 bytes with AES-SHA1, 72 with
     * AES-SHA2) before the message; other rotations leave some of it after the message. Accepted: any split
     * from the bare token header on, the JDK undoes the rotation the RRC field announces.
     */
    private static final int MIN_SIGNATURE = 16;
    private static final int MAX_SIGNATURE = 128;
    /** Header copy, checksum (up to 24 bytes) and filler (up to a block) after the message, at most. */
    private static final int MAX_EXTRA = 64;

    private final GSSContext context;
    private final String protocol;

    /** @param protocol the protocol name this side sends; both names are accepted. */
    GssSealing(GSSContext context, String protocol) {
        this.context = context;
        this.protocol = protocol;
    }

    @Override
    public String protocol() {
        return protocol;
    }

    @Override
    public boolean accepts(String name) {
        return SPNEGO_PROTOCOL.equalsIgnoreCase(name) || KERBEROS_PROTOCOL.equalsIgnoreCase(name);
    }

    @Override
    public boolean plausibleSignatureLength(int length) {
        return length >= MIN_SIGNATURE && length <= MAX_SIGNATURE;
    }

    @Override
    public int maxExtraSealedBytes() {
        return MAX_EXTRA;
    }

    @Override
    public Sealed seal(byte[] plain) throws SealingException {
        byte[] token;
        try {
            token = context.wrap(plain, 0, plain.length, new MessageProp(0, true));
        } catch (GSSException e) {
            throw new SealingException(SealingException.Kind.STATE, "Kerberos wrap failed: " + e.getMessage());
        }
        int encrypted = token.length - TOKEN_HEADER; // E(confounder | message | header copy) | checksum
        int rotation = encrypted - CONFOUNDER - plain.length; // the header copy and the checksum
        if (rotation <= 0 || token[0] != 0x05 || token[1] != 0x04) {
            throw new SealingException(SealingException.Kind.STATE, "the Kerberos session does not use AES"
                    + " (RFC 4121) wrap tokens; WinRM message encryption needs AES");
        }
        byte[] out = new byte[token.length];
        System.arraycopy(token, 0, out, 0, TOKEN_HEADER);
        out[RRC_AT] = (byte) (rotation >>> 8);
        out[RRC_AT + 1] = (byte) rotation;
        // rotate the encrypted part right by RRC: its last RRC bytes first
        System.arraycopy(token, token.length - rotation, out, TOKEN_HEADER, rotation);
        System.arraycopy(token, TOKEN_HEADER, out, TOKEN_HEADER + rotation, encrypted - rotation);
        return new Sealed(out, token.length - plain.length);
    }

    @Override
    public byte[] unseal(byte[] body, int signatureOffset, int signatureLength, int sealedOffset, int sealedLength)
            throws SealingException {
        byte[] token = new byte[signatureLength + sealedLength];
        System.arraycopy(body, signatureOffset, token, 0, signatureLength);
        System.arraycopy(body, sealedOffset, token, signatureLength, sealedLength);
        MessageProp prop = new MessageProp(0, true);
        byte[] plain;
        try {
            plain = context.unwrap(token, 0, token.length, prop);
        } catch (GSSException e) {
            throw new SealingException(SealingException.Kind.INTEGRITY, "a Kerberos-sealed message does not"
                    + " verify: " + e.getMessage());
        }
        if (!prop.getPrivacy()) {
            throw new SealingException(SealingException.Kind.INTEGRITY, "a message arrived signed but not"
                    + " encrypted; WinRM message encryption encrypts every message");
        }
        if (prop.isDuplicateToken() || prop.isOldToken() || prop.isUnseqToken() || prop.isGapToken()) {
            throw new SealingException(SealingException.Kind.INTEGRITY, "a Kerberos-sealed message arrived out of"
                    + " sequence (replayed, duplicated or missing messages)");
        }
        return plain;
    }

    @Override
    public String toString() {
        return "GssSealing[" + protocol + "]";
    }
}
