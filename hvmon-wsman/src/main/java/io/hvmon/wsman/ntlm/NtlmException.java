package io.hvmon.wsman.ntlm;

/**
 * An NTLM message could not be parsed, the peer failed to authenticate, or a sealed message failed its integrity
 * check. The message says what and where; it never contains a password, a key, a hash or message content.
 */
public class NtlmException extends Exception {

    /** What went wrong, so the HTTP layer can choose between 400, 401 and dropping the connection. */
    public enum Kind {
        /** A message is truncated, oversized, or not the message expected here. */
        MALFORMED,
        /** The user is unknown, the password is wrong, or the MIC does not match. */
        AUTHENTICATION,
        /** A sealed message's signature or sequence number does not verify. */
        INTEGRITY,
        /** A call out of order: authenticate before challenge, wrap before the handshake, use after a failure. */
        STATE
    }

    private final Kind kind;

    public NtlmException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static NtlmException malformed(String message) {
        return new NtlmException(Kind.MALFORMED, message);
    }
}
