package io.hvmon.wsman.encryption;

/**
 * The message protection of one authenticated connection, as WinRM message encryption uses it (MS-WSMV 2.2.9.1):
 * each SOAP message becomes a "signature" (WinRM's name for the header before the sealed bytes) and the sealed bytes,
 * as long as the message. NTLM seals with RC4 ({@link NtlmSealing}); Kerberos with the GSS wrap token of its session
 * key (RFC 4121), whose header is the token header with the checksum rotated into it.
 */
public interface SessionSealing {

    /** The {@code protocol} parameter of the multipart/encrypted Content-Type this session sends. */
    String protocol();

    /** Whether a received {@code protocol} parameter names encryption this session can undo. */
    boolean accepts(String protocol);

    /**
     * A sealed message: the signature followed by the sealed bytes (as many as the message), in one array.
     *
     * @param bytes           signature and sealed bytes
     * @param signatureLength how many of {@code bytes} are the signature
     */
    record Sealed(byte[] bytes, int signatureLength) {
    }

    /** Seals {@code plain}. Advances the session's outgoing sequence. */
    Sealed seal(byte[] plain) throws SealingException;

    /**
     * Checks and unseals one message whose signature and sealed bytes lie in {@code body}. Advances the incoming
     * sequence; a failure leaves the session unusable.
     */
    byte[] unseal(byte[] body, int signatureOffset, int signatureLength, int sealedOffset, int sealedLength)
            throws SealingException;

    /**
     * How many bytes the sealed data may have beyond the message: 0 for NTLM (RC4 keeps the length); a few for a
     * Kerberos wrap token whose sender leaves filler or checksum bytes after the message instead of rotating them
     * into the signature. The framing then finds the boundary within that many bytes.
     */
    default int maxExtraSealedBytes() {
        return 0;
    }

    /** Whether a signature of this length can be this session's; the framing is refused early otherwise. */
    boolean plausibleSignatureLength(int length);
}
