package io.hvmon.wsman.ntlm;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * One direction of an NTLM session (MS-NLMP 3.4.4.2, with extended session security): its signing key, its RC4
 * handle, which runs across all messages of the connection, and its sequence number.
 */
final class SealingDirection {

    static final int SIGNATURE_LENGTH = 16;

    private final byte[] signKey;
    private final Rc4 rc4;
    private final boolean keyExchange;
    private int sequence;

    SealingDirection(byte[] signKey, byte[] sealKey, boolean keyExchange) {
        this.signKey = signKey.clone();
        this.rc4 = new Rc4(sealKey);
        this.keyExchange = keyExchange;
    }

    synchronized WrappedMessage seal(byte[] plaintext) {
        byte[] sealed = rc4.apply(plaintext);
        // The checksum is over the plaintext and is encrypted with the same handle, continuing after the message.
        byte[] signature = signature(checksum(plaintext), sequence);
        sequence++;
        return new WrappedMessage(signature, sealed);
    }

    synchronized byte[] unseal(byte[] signature, byte[] sealed) throws NtlmException {
        if (signature.length != SIGNATURE_LENGTH) {
            throw new NtlmException(NtlmException.Kind.INTEGRITY,
                    "message signature is " + signature.length + " bytes, expected " + SIGNATURE_LENGTH);
        }
        ByteReader r = new ByteReader(signature, "message signature");
        int version = r.u32(0);
        int received = r.u32(12);
        byte[] plaintext = rc4.apply(sealed);
        byte[] expected = signature(checksum(plaintext), sequence);
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

    private byte[] checksum(byte[] plaintext) {
        byte[] seq = new ByteWriter(4).u32(sequence).toByteArray();
        byte[] checksum = Arrays.copyOf(NtlmCrypto.hmacMd5(signKey, seq, plaintext), 8);
        return keyExchange ? rc4.apply(checksum) : checksum;
    }

    private static byte[] signature(byte[] checksum, int sequence) {
        return new ByteWriter(SIGNATURE_LENGTH).u32(1).bytes(checksum).u32(sequence).toByteArray();
    }

    @Override
    public String toString() {
        return "SealingDirection[sequence=" + sequence + "]";
    }
}
