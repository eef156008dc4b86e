package io.hvmon.app.api.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/** A body gzipped once, when that is worth it: above {@link #MIN_SIZE} and only if the result is smaller. */
final class Gzip {

    /** Below this, a gzip header and the CPU of inflating cost more than the bytes saved. */
    static final int MIN_SIZE = 1024;
    /** zlib's default: most of the size gain of level 9 for a fraction of its time (JSON compresses ~10:1 either way). */
    static final int LEVEL = 6;

    private Gzip() {
    }

    static Optional<byte[]> compress(byte[] body) {
        if (body.length < MIN_SIZE) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(LEVEL);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        byte[] compressed = out.toByteArray();
        return compressed.length < body.length ? Optional.of(compressed) : Optional.empty();
    }
}
