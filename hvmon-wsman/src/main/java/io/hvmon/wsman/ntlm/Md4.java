package io.hvmon.wsman.ntlm;

/**
 * MD4 (RFC 1320). The JDK's providers do not offer it and NTLM's NT hash is MD4 of the UTF-16LE password, so it
 * lives here. Only used on short inputs (passwords), so one-shot is enough.
 */
public final class Md4 {

    private Md4() {
    }

    /** The 16-byte MD4 digest of {@code input}. */
    public static byte[] digest(byte[] input) {
        // Pad: 0x80, zeros to 56 mod 64, then the bit length as a little-endian 64-bit integer.
        int padded = ((input.length + 8) / 64 + 1) * 64;
        byte[] message = new byte[padded];
        System.arraycopy(input, 0, message, 0, input.length);
        message[input.length] = (byte) 0x80;
        long bits = (long) input.length * 8;
        for (int i = 0; i < 8; i++) {
            message[padded - 8 + i] = (byte) (bits >>> (8 * i));
        }

        int a = 0x67452301;
        int b = 0xefcdab89;
        int c = 0x98badcfe;
        int d = 0x10325476;
        int[] x = new int[16];
        for (int block = 0; block < padded; block += 64) {
            for (int i = 0; i < 16; i++) {
                int p = block + 4 * i;
                x[i] = (message[p] & 0xff) | (message[p + 1] & 0xff) << 8 | (message[p + 2] & 0xff) << 16
                        | (message[p + 3] & 0xff) << 24;
            }
            int aa = a;
            int bb = b;
            int cc = c;
            int dd = d;

            // Round 1: F(x,y,z) = xy | ~x z, shifts 3 7 11 19.
            for (int i = 0; i < 16; i += 4) {
                a = Integer.rotateLeft(a + ((b & c) | (~b & d)) + x[i], 3);
                d = Integer.rotateLeft(d + ((a & b) | (~a & c)) + x[i + 1], 7);
                c = Integer.rotateLeft(c + ((d & a) | (~d & b)) + x[i + 2], 11);
                b = Integer.rotateLeft(b + ((c & d) | (~c & a)) + x[i + 3], 19);
            }
            // Round 2: G(x,y,z) = xy | xz | yz, constant 0x5a827999, shifts 3 5 9 13, words by column.
            for (int i = 0; i < 4; i++) {
                a = Integer.rotateLeft(a + ((b & c) | (b & d) | (c & d)) + x[i] + 0x5a827999, 3);
                d = Integer.rotateLeft(d + ((a & b) | (a & c) | (b & c)) + x[i + 4] + 0x5a827999, 5);
                c = Integer.rotateLeft(c + ((d & a) | (d & b) | (a & b)) + x[i + 8] + 0x5a827999, 9);
                b = Integer.rotateLeft(b + ((c & d) | (c & a) | (d & a)) + x[i + 12] + 0x5a827999, 13);
            }
            // Round 3: H(x,y,z) = x ^ y ^ z, constant 0x6ed9eba1, shifts 3 9 11 15, words in bit-reversed order.
            int[] order = {0, 2, 1, 3};
            for (int i : order) {
                a = Integer.rotateLeft(a + (b ^ c ^ d) + x[i] + 0x6ed9eba1, 3);
                d = Integer.rotateLeft(d + (a ^ b ^ c) + x[i + 8] + 0x6ed9eba1, 9);
                c = Integer.rotateLeft(c + (d ^ a ^ b) + x[i + 4] + 0x6ed9eba1, 11);
                b = Integer.rotateLeft(b + (c ^ d ^ a) + x[i + 12] + 0x6ed9eba1, 15);
            }
            a += aa;
            b += bb;
            c += cc;
            d += dd;
        }

        byte[] out = new byte[16];
        int[] state = {a, b, c, d};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[4 * i + j] = (byte) (state[i] >>> (8 * j));
            }
        }
        return out;
    }
}
