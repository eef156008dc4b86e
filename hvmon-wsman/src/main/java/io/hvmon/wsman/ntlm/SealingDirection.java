package io.hvmon.wsman.ntlm;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One direction of an NTLM session (MS-NLMP 3.4.4.2, with extended session security): its signing key, its RC4
 * handle, which runs across all messages of the connection, and its sequence number.
 */
final class SealingDirection {

    static final int SIGNATURE_LENGTH = 16;

    private final Rc4 rc4;
    /** HMAC-MD5 keyed with the signing key once, reused for every message of this direction (doFinal resets it). */
    private final Mac mac;
    private final boolean keyExchange;
    private final byte[] sequenceBytes = new byte[4];
    private int sequence;

    SealingDirection(byte[] signKey, byte[] sealKey, boolean keyExchange) {
        this.rc4 = new Rc4(sealKey);
        this.keyExchange = keyExchange;
        try {
            this.mac = Mac.getInstance("HmacMD5");
            this.mac.init(new SecretKeySpec(signKey, "HmacMD5"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 is not available in this JDK", e);
        }
    }

    synchronized WrappedMessage seal(byte[] plaintext) {
        byte[] signature = new byte[SIGNATURE_LENGTH];
        byte[] sealed = new byte[plaintext.length];
        sealInto(plaintext, signature, 0, sealed, 0);
        return new WrappedMessage(signature, sealed);
    }

    /**
     * Seals {@code plaintext} into {@code out[sealedOffset..]} (same length) and writes its 16-byte signature at
     * {@code signatureOut[signatureOffset..]}: no intermediate copies.
     */
    synchronized void sealInto(byte[] plaintext, byte[] signatureOut, int signatureOffset, byte[] out, int sealedOffset) {
        // The checksum is over the plaintext and is encrypted with the same handle, continuing after the message.
        byte[] mac = hmac(plaintext, 0, plaintext.length);
        rc4.apply(plaintext, 0, plaintext.length, out, sealedOffset);
        writeSignature(mac, signatureOut, signatureOffset);
        sequence++;
    }

    synchronized byte[] unseal(byte[] signature, byte[] sealed) throws NtlmException {
        if (signature.length != SIGNATURE_LENGTH) {
            throw new NtlmException(NtlmException.Kind.INTEGRITY,
                    "message signature is " + signature.length + " bytes, expected " + SIGNATURE_LENGTH);
        }
        return unseal(signature, 0, sealed, 0, sealed.length);
    }

    /** As {@link #unseal(byte[], byte[])}, reading the signature and the sealed bytes in place. */
    synchronized byte[] unseal(byte[] signatureIn, int signatureOffset, byte[] sealedIn, int sealedOffset, int length)
            throws NtlmException {
        byte[] signature = Arrays.copyOfRange(signatureIn, signatureOffset, signatureOffset + SIGNATURE_LENGTH);
        ByteReader r = new ByteReader(signature, "message signature");
        int version = r.u32(0);
        int received = r.u32(12);
        byte[] plaintext = new byte[length];
        rc4.apply(sealedIn, sealedOffset, length, plaintext, 0);
        byte[] expected = new byte[SIGNATURE_LENGTH];
        writeSignature(hmac(plaintext, 0, length), expected, 0);
        if (version != 1) {
            throw new NtlmException(NtlmException.Kind.INTEGRITY, "message signature has version " + version
                    + ", expected 1");
        }
        if (received != sequence) {
            throw new NtlmException(NtlmException.Kind.INTEGRITY, "message has sequence number "
                    + Integer.toUnsignedString(received) + ", expected " + Integer.toUnsignedString(sequence)
                    + " (replayed, reordered or lost message)");
        }
        if (!MessageDigest.isEqual(expected, signature)) {
            Arrays.fill(plaintext, (byte) 0);
            throw new NtlmException(NtlmException.Kind.INTEGRITY,
                    "message signature does not verify (tampered message or wrong session)");
        }
        sequence++;
        return plaintext;
    }

    synchronized int sequence() {
        return sequence;
    }

    /** HMAC_MD5(SigningKey, SeqNum || message), all 16 bytes (the checksum is the first 8). */
    private byte[] hmac(byte[] plaintext, int offset, int length) {
        sequenceBytes[0] = (byte) sequence;
        sequenceBytes[1] = (byte) (sequence >>> 8);
        sequenceBytes[2] = (byte) (sequence >>> 16);
        sequenceBytes[3] = (byte) (sequence >>> 24);
        mac.update(sequenceBytes);
        mac.update(plaintext, offset, length);
        return mac.doFinal();
    }

    /**
     * NTLMSSP_MESSAGE_SIGNATURE: version 1, the checksum (the HMAC's first 8 bytes, RC4-encrypted with the message's
     * handle, continuing after the message, when keys were exchanged), the sequence number; all little-endian.
     */
    private void writeSignature(byte[] hmac, byte[] out, int offset) {
        out[offset] = 1;
        out[offset + 1] = 0;
        out[offset + 2] = 0;
        out[offset + 3] = 0;
        if (keyExchange) {
            rc4.apply(hmac, 0, 8, out, offset + 4);
        } else {
            System.arraycopy(hmac, 0, out, offset + 4, 8);
        }
        out[offset + 12] = (byte) sequence;
        out[offset + 13] = (byte) (sequence >>> 8);
        out[offset + 14] = (byte) (sequence >>> 16);
        out[offset + 15] = (byte) (sequence >>> 24);
    }

    @Override
    public String toString() {
        return "SealingDirection[sequence=" + sequence + "]";
    }
}
