package io.hvmon.wsman.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses to deliver more than a fixed number of bytes, so an endless body fails early instead of filling memory. */
final class CappedInputStream extends FilterInputStream {

    /** Thrown through the XML parser; recognised again on the way out. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("larger than " + max + " bytes");
        }
    }

    private final long max;
    private long count;

    CappedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (count >= max) {
            // Only fail when the peer really has more to say: a body of exactly max bytes is fine.
            if (super.read() < 0) {
                return -1;
            }
            throw new TooLarge(max);
        }
        int n = super.read(buffer, offset, (int) Math.min(length, max - count));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, max - count));
        count += skipped;
        return skipped;
    }

    private void count(long n) throws TooLarge {
        count += n;
        if (count > max) {
            throw new TooLarge(max);
        }
    }
}
