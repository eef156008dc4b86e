package io.hvmon.wsman.ntlm;

/** One sealed message: the 16-byte NTLMSSP_MESSAGE_SIGNATURE and the RC4-sealed bytes (same length as the input). */
public record WrappedMessage(byte[] signature, byte[] sealed) {

    /** The length of an NTLMSSP_MESSAGE_SIGNATURE. */
    public static final int SIGNATURE_LENGTH = SealingDirection.SIGNATURE_LENGTH;

    public WrappedMessage {
        signature = signature.clone();
        sealed = sealed.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public byte[] sealed() {
        return sealed.clone();
    }

    @Override
    public String toString() {
        return "WrappedMessage[signature=" + signature.length + " bytes, sealed=" + sealed.length + " bytes]";
    }
}
