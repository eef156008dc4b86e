package io.hvmon.wsman.encryption;

import io.hvmon.wsman.ntlm.NtlmException;
import io.hvmon.wsman.ntlm.NtlmSession;
import io.hvmon.wsman.ntlm.WrappedMessage;

/** NTLM sealing (RC4 and a 16-byte NTLMSSP_MESSAGE_SIGNATURE) under WinRM's SPNEGO protocol name. */
public final class NtlmSealing implements SessionSealing {

    public static final String PROTOCOL = "application/HTTP-SPNEGO-session-encrypted";

    private final NtlmSession session;

    public NtlmSealing(NtlmSession session) {
        this.session = session;
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public boolean accepts(String protocol) {
        return PROTOCOL.equalsIgnoreCase(protocol);
    }

    @Override
    public boolean plausibleSignatureLength(int length) {
        return length == WrappedMessage.SIGNATURE_LENGTH;
    }

    @Override
    public Sealed seal(byte[] plain) throws SealingException {
        try {
            byte[] out = new byte[WrappedMessage.SIGNATURE_LENGTH + plain.length];
            session.wrapInto(plain, out, 0, WrappedMessage.SIGNATURE_LENGTH);
            return new Sealed(out, WrappedMessage.SIGNATURE_LENGTH);
        } catch (NtlmException e) {
            throw translate(e);
        }
    }

    @Override
    public byte[] unseal(byte[] body, int signatureOffset, int signatureLength, int sealedOffset, int sealedLength)
            throws SealingException {
        try {
            return session.unwrap(body, signatureOffset, sealedOffset, sealedLength);
        } catch (NtlmException e) {
            throw translate(e);
        }
    }

    private static SealingException translate(NtlmException e) {
        SealingException.Kind kind = switch (e.kind()) {
            case MALFORMED -> SealingException.Kind.MALFORMED;
            case INTEGRITY, AUTHENTICATION -> SealingException.Kind.INTEGRITY;
            case STATE -> SealingException.Kind.STATE;
        };
        return new SealingException(kind, e.getMessage());
    }

    @Override
    public String toString() {
        return "NtlmSealing[" + session.user() + "]";
    }
}
