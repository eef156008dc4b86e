package io.hvmon.app.api.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A body rendered once, ready to be served many times: its identity bytes and, when worth it, its gzip bytes, each
 * with a strong entity tag. Both are made here, once, so that no request hashes, compresses or copies anything.
 *
 * <p>The tags name the content, not the moment: the first 128 bits of the body's SHA-256, base64url. An unchanged body
 * rendered again (another generation, another process) keeps its tag, so clients keep getting 304s. The gzip tag is
 * the same hash with {@code -gz}: the gzip bytes are a function of the identity bytes (fixed level, no timestamp in
 * the gzip header), and the two representations must not share a tag (RFC 9110 §8.8.3).
 *
 * @param identity the body as rendered
 * @param gzip     the body gzipped; null when it is small or does not compress
 */
public record Rendered(Representation identity, Representation gzip) implements Servable {

    public static Rendered of(byte[] body) {
        String hash = hash(body);
        Representation identity = new Representation(body, '"' + hash + '"', null);
        Representation gzip = Gzip.compress(body)
                .map(bytes -> new Representation(bytes, '"' + hash + "-gz\"", "gzip")).orElse(null);
        return new Rendered(identity, gzip);
    }

    public static Rendered of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Initialises the security providers and SHA-256 ahead of a first body (tens of milliseconds on a cold JVM). */
    public static void preinitialize() {
        hash(new byte[0]);
    }

    /** The representation to send: gzip when the client accepts it and there is one, else identity. */
    @Override
    public Representation select(boolean gzipAccepted) {
        return gzipAccepted && gzip != null ? gzip : identity;
    }

    private static String hash(byte[] body) {
        MessageDigest sha = sha256();
        return tag(sha.digest(body));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The quoted part of a tag: the first 128 bits of the body's SHA-256, base64url. */
    static String tag(byte[] digest) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }
}
