package io.hvmon.wsman.ntlm;

/**
 * A stateful RC4 key stream: each call continues where the previous one stopped, as NTLM sealing requires (one
 * handle per direction for the life of the connection). Written out here (RC4 is a dozen lines) rather than through
 * the JDK's {@code ARCFOUR} cipher: it encrypts straight into the caller's array (in place if asked) without the
 * {@code Cipher} machinery's output allocation, and measured faster on 150 KB messages (see docs/PERFORMANCE.md).
 * Checked against the RFC 6229 vectors and against the JDK's ARCFOUR in the tests. Not thread-safe: callers serialise
 * per direction.
 */
final class Rc4 {

    private final int[] s = new int[256];
    private int i;
    private int j;

    Rc4(byte[] key) {
        if (key.length == 0 || key.length > 256) {
            throw new IllegalArgumentException("RC4 key of " + key.length + " bytes");
        }
        for (int k = 0; k < 256; k++) {
            s[k] = k;
        }
        int jj = 0;
        for (int k = 0; k < 256; k++) {
            jj = (jj + s[k] + (key[k % key.length] & 0xff)) & 0xff;
            int t = s[k];
            s[k] = s[jj];
            s[jj] = t;
        }
    }

    /** Encrypts or decrypts (the same for a stream cipher) and advances the key stream. */
    byte[] apply(byte[] data) {
        byte[] out = new byte[data.length];
        apply(data, 0, data.length, out, 0);
        return out;
    }

    /** As {@link #apply(byte[])}, from {@code in[inOffset..]} into {@code out[outOffset..]}; in place is allowed. */
    void apply(byte[] in, int inOffset, int length, byte[] out, int outOffset) {
        java.util.Objects.checkFromIndexSize(inOffset, length, in.length);
        java.util.Objects.checkFromIndexSize(outOffset, length, out.length);
        int[] state = s;
        int x = i;
        int y = j;
        for (int k = 0; k < length; k++) {
            x = (x + 1) & 0xff;
            int sx = state[x];
            y = (y + sx) & 0xff;
            int sy = state[y];
            state[x] = sy;
            state[y] = sx;
            out[outOffset + k] = (byte) (in[inOffset + k] ^ state[(sx + sy) & 0xff]);
        }
        i = x;
        j = y;
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
