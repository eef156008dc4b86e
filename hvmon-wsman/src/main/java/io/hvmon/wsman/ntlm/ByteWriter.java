package io.hvmon.wsman.ntlm;

import java.io.ByteArrayOutputStream;

/** Little-endian writer for NTLM structures. */
final class ByteWriter {

    private final ByteArrayOutputStream out;

    ByteWriter(int expectedSize) {
        out = new ByteArrayOutputStream(expectedSize);
    }

    ByteWriter u8(int v) {
        out.write(v);
        return this;
    }

    ByteWriter u16(int v) {
        out.write(v);
        out.write(v >>> 8);
        return this;
    }

    ByteWriter u32(int v) {
        u16(v);
        return u16(v >>> 16);
    }

    ByteWriter u64(long v) {
        u32((int) v);
        return u32((int) (v >>> 32));
    }

    ByteWriter bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
