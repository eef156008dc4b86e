package io.hvmon.app.api.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A body too large to hold twice in a small heap (the metrics of a thousand VMs are ~8 MB of text, ~0.6 MB gzipped):
 * written once straight into gzip while its SHA-256 is taken, so that the whole text never sits in memory while it is
 * rendered, and kept gzipped. A client that does not accept gzip (curl without {@code --compressed}) gets it inflated,
 * then held through a soft reference: shared by such clients while memory allows, taken back by the GC before memory
 * runs short, inflated again when asked for again. Tags as {@link Rendered}'s: the text's hash, and the same with
 * {@code -gz}.
 */
public final class CompressedBody implements Servable {

    /** Writes the body into the stream it is given. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private final byte[] gzip;
    private final int length;
    private final Representation compressed;
    private final String identityTag;
    private volatile SoftReference<Representation> inflated = new SoftReference<>(null);

    private CompressedBody(byte[] gzip, int length, String hash) {
        this.gzip = gzip;
        this.length = length;
        this.compressed = new Representation(gzip, '"' + hash + "-gz\"", "gzip");
        this.identityTag = '"' + hash + '"';
    }

    public static CompressedBody render(Writer writer) {
        MessageDigest sha = Rendered.sha256();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
        long[] count = {0};
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 64 * 1024) {
            {
                def.setLevel(Gzip.LEVEL);
            }
        }) {
            writer.write(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int n) throws IOException {
                    sha.update(bytes, offset, n);
                    gzip.write(bytes, offset, n);
                    count[0] += n;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        if (count[0] > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a body of " + count[0] + " bytes cannot be served");
        }
        return new CompressedBody(compressed.toByteArray(), (int) count[0], Rendered.tag(sha.digest()));
    }

    /** The length of the body as written, before gzip. */
    public int length() {
        return length;
    }

    @Override
    public Representation select(boolean gzipAccepted) {
        if (gzipAccepted) {
            return compressed;
        }
        Representation identity = inflated.get();
        if (identity == null) {
            identity = new Representation(inflate(), identityTag, null);
            inflated = new SoftReference<>(identity);
        }
        return identity;
    }

    /** Into an array of the exact length: no buffer grows and copies on the way. */
    private byte[] inflate() {
        byte[] body = new byte[length];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 64 * 1024)) {
            int read = in.readNBytes(body, 0, length);
            if (read != length) {
                throw new IllegalStateException("inflated " + read + " bytes of " + length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: we wrote it
        }
        return body;
    }
}
