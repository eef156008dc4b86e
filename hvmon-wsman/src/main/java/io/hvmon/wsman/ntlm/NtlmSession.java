package io.hvmon.wsman.ntlm;

/**
 * The security context an NTLM handshake leaves behind: one {@link SealingDirection} each way. A client session
 * seals with the client-to-server keys and unseals with the server-to-client keys; a server session the reverse.
 * State is per connection: RC4 streams and sequence numbers advance with every message and are never reset.
 *
 * <p>After any failed {@link #unwrap} the receiving RC4 stream is out of step with the peer's, so the session
 * refuses all further use; the connection must be re-authenticated.
 */
public final class NtlmSession {

    private final boolean client;
    private final int flags;
    private final String user;
    private final String domain;
    private final SealingDirection outgoing;
    private final SealingDirection incoming;
    private volatile boolean broken;

    NtlmSession(boolean client, int flags, byte[] exportedSessionKey, String user, String domain) {
        this.client = client;
        this.flags = flags;
        this.user = user;
        this.domain = domain;
        boolean keyExchange = NegotiateFlags.has(flags, NegotiateFlags.KEY_EXCH);
        SealingDirection c2s = new SealingDirection(NtlmCrypto.signKey(exportedSessionKey, true),
                NtlmCrypto.sealKey(exportedSessionKey, flags, true), keyExchange);
        SealingDirection s2c = new SealingDirection(NtlmCrypto.signKey(exportedSessionKey, false),
                NtlmCrypto.sealKey(exportedSessionKey, flags, false), keyExchange);
        this.outgoing = client ? c2s : s2c;
        this.incoming = client ? s2c : c2s;
    }

    /** Seals and signs one message to the peer. */
    public WrappedMessage wrap(byte[] plaintext) throws NtlmException {
        checkUsable();
        return outgoing.seal(plaintext);
    }

    /**
     * As {@link #wrap(byte[])} without intermediate copies: seals {@code plaintext} into
     * {@code out[sealedOffset..sealedOffset + plaintext.length)} and writes the 16-byte signature at
     * {@code out[signatureOffset..]} (for framing a message straight into the body that is sent).
     */
    public void wrapInto(byte[] plaintext, byte[] out, int signatureOffset, int sealedOffset) throws NtlmException {
        checkUsable();
        java.util.Objects.checkFromIndexSize(signatureOffset, SealingDirection.SIGNATURE_LENGTH, out.length);
        java.util.Objects.checkFromIndexSize(sealedOffset, plaintext.length, out.length);
        outgoing.sealInto(plaintext, out, signatureOffset, out, sealedOffset);
    }

    /**
     * As {@link #unwrap(byte[], byte[])} reading the 16-byte signature at {@code message[signatureOffset..]} and the
     * {@code length} sealed bytes at {@code message[sealedOffset..]} in place; returns the plaintext.
     */
    public byte[] unwrap(byte[] message, int signatureOffset, int sealedOffset, int length) throws NtlmException {
        checkUsable();
        java.util.Objects.checkFromIndexSize(signatureOffset, SealingDirection.SIGNATURE_LENGTH, message.length);
        java.util.Objects.checkFromIndexSize(sealedOffset, length, message.length);
        try {
            return incoming.unseal(message, signatureOffset, message, sealedOffset, length);
        } catch (NtlmException e) {
            broken = true;
            throw e;
        }
    }

    /** Verifies and unseals one message from the peer; fails on a bad signature or an unexpected sequence number. */
    public byte[] unwrap(byte[] signature, byte[] sealed) throws NtlmException {
        checkUsable();
        try {
            return incoming.unseal(signature, sealed);
        } catch (NtlmException e) {
            broken = true;
            throw e;
        }
    }

    private void checkUsable() throws NtlmException {
        if (broken) {
            throw new NtlmException(NtlmException.Kind.STATE,
                    "NTLM session is unusable after a failed message; authenticate again");
        }
        // SEAL with extended session security is all sealing needs; SIGN is not required of the peer (sealed
        // messages always carry a signature), which keeps clients with sloppy flag arithmetic working.
        if (!NegotiateFlags.has(flags, NegotiateFlags.SEAL)
                || !NegotiateFlags.has(flags, NegotiateFlags.EXTENDED_SESSIONSECURITY)) {
            throw new NtlmException(NtlmException.Kind.STATE, "sealing was not negotiated (flags "
                    + NegotiateFlags.describe(flags) + ")");
        }
    }

    /** The negotiated flags (from the AUTHENTICATE message). */
    public int flags() {
        return flags;
    }

    /** The authenticated user name, as the client sent it. */
    public String user() {
        return user;
    }

    /** The domain, as the client sent it (may be empty). */
    public String domain() {
        return domain;
    }

    public boolean isClient() {
        return client;
    }

    @Override
    public String toString() {
        return "NtlmSession[" + (client ? "client" : "server") + ", user=" + user + ", domain=" + domain
                + ", flags=" + NegotiateFlags.describe(flags) + ", sent=" + outgoing.sequence()
                + ", received=" + incoming.sequence() + (broken ? ", broken" : "") + "]";
    }
}
