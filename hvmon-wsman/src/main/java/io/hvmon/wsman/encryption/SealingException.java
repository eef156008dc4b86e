package io.hvmon.wsman.encryption;

/**
 * A message could not be sealed or unsealed: its framing is malformed, its integrity check failed, or the session
 * is not (or no longer) usable. The message says what and where, never key material or message content.
 */
public class SealingException extends Exception {

    /** What went wrong, so that the HTTP layer can choose between 400 and dropping the connection. */
    public enum Kind {
        /** The multipart framing or a token is truncated, oversized or not what was expected here. */
        MALFORMED,
        /** A sealed message's signature, checksum or sequence number does not verify. */
        INTEGRITY,
        /** The session cannot seal: no handshake yet, or a failure earlier on the connection. */
        STATE
    }

    private final Kind kind;

    public SealingException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static SealingException malformed(String message) {
        return new SealingException(Kind.MALFORMED, message);
    }
}
