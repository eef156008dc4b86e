package io.hvmon.wsman.ntlm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class Rc4Test {

    @Test
    void matchesRfc6229KeyStream() {
        // RFC 6229, 40-bit key 0x0102030405, key stream at offset 0
        byte[] zeros = new byte[16];
        byte[] stream = new Rc4(new byte[] {1, 2, 3, 4, 5}).apply(zeros);
        assertThat(stream).isEqualTo(hex("b2396305f03dc027ccc3524a0a1118a8"));
    }

    @Test
    void matchesTheJdksArcfourAcrossCallsAndInPlace() throws Exception {
        Random random = new Random(7);
        byte[] key = new byte[16];
        random.nextBytes(key);
        Cipher jdk = Cipher.getInstance("ARCFOUR");
        jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ARCFOUR"));
        Rc4 ours = new Rc4(key);
        for (int length : new int[] {0, 1, 15, 16, 4096, 153_600, 3}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            byte[] expected = jdk.update(data);
            byte[] inPlace = data.clone();
            if (length % 2 == 0) {
                ours.apply(inPlace, 0, length, inPlace, 0);
            } else {
                inPlace = ours.apply(data);
            }
            assertThat(inPlace).isEqualTo(expected == null ? new byte[0] : expected);
        }
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
