package io.hvmon.wsman.soap;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A large document made up on the fly: a head, a unit repeated up to a total size, a tail. Nothing is allocated. */
final class GeneratedStream extends InputStream {

    private final byte[] head;
    private final byte[] unit;
    private final byte[] tail;
    private final long bodyLength;
    private long position;

    GeneratedStream(String head, String unit, long totalBytes, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.unit = unit.getBytes(StandardCharsets.UTF_8);
        this.tail = tail.getBytes(StandardCharsets.UTF_8);
        this.bodyLength = totalBytes - this.head.length - this.tail.length;
    }

    /** How many bytes the reader took: proof that it stopped early. */
    long served() {
        return position;
    }

    @Override
    public int read() {
        long p = position;
        int b;
        if (p < head.length) {
            b = head[(int) p];
        } else if (p < head.length + bodyLength) {
            b = unit[(int) ((p - head.length) % unit.length)];
        } else if (p < head.length + bodyLength + tail.length) {
            b = tail[(int) (p - head.length - bodyLength)];
        } else {
            return -1;
        }
        position++;
        return b & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int n = 0;
        while (n < length) {
            int b = read();
            if (b < 0) {
                return n == 0 ? -1 : n;
            }
            buffer[offset + n++] = (byte) b;
        }
        return n;
    }
}
