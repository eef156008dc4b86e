package io.hvmon.wsman.ntlm;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stateful RC4 key stream: each call continues where the previous one stopped, as NTLM sealing requires (one
 * handle per direction for the life of the connection). Backed by the JDK's ARCFOUR (SunJCE, present on JDK 21 and
 * 25, listed there as a "legacy" algorithm but not disabled). Not thread-safe: callers serialise per direction.
 */
final class Rc4 {

    private final Cipher cipher;

    Rc4(byte[] key) {
        try {
            cipher = Cipher.getInstance("ARCFOUR");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ARCFOUR"));
        } catch (GeneralSecurityException e) {
            // Without RC4 there is no NTLM sealing at all: a broken JDK, not a peer problem.
            throw new IllegalStateException("RC4 (ARCFOUR) is not available in this JDK", e);
        }
    }

    /** Encrypts or decrypts (the same for a stream cipher) and advances the key stream. */
    byte[] apply(byte[] data) {
        byte[] out = cipher.update(data);
        return out == null ? new byte[0] : out;
    }

    /** One-shot RC4 with a fresh key, as for the exported session key. */
    static byte[] once(byte[] key, byte[] data) {
        return new Rc4(key).apply(data);
    }

    @Override
    public String toString() {
        return "Rc4[state hidden]";
    }
}
