package io.hvmon.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stored API key: {@code sha256:<salt-hex>:<hash-hex>}, the hash being SHA-256 over salt then key (UTF-8). A fast
 * hash is enough because keys are 256-bit random values (see docs/SECURITY.md): nobody can guess one from the hash,
 * and a slow hash would cost every request.
 */
public final class ApiKeyHash {

    public static final String PREFIX = "sha256:";
    static final int SALT_BYTES = 16;
    private static final Pattern FORMAT = Pattern.compile("sha256:([0-9a-f]{16,128}):([0-9a-f]{64})");
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] salt;
    private final byte[] hash;

    private ApiKeyHash(byte[] salt, byte[] hash) {
        this.salt = salt;
        this.hash = hash;
    }

    /** Parses the stored form; empty when it is not {@code sha256:} + an even-length hex salt + 64 hex digits. */
    public static Optional<ApiKeyHash> parse(String text) {
        var matcher = FORMAT.matcher(text);
        if (!matcher.matches() || matcher.group(1).length() % 2 != 0) {
            return Optional.empty();
        }
        return Optional.of(new ApiKeyHash(HEX.parseHex(matcher.group(1)), HEX.parseHex(matcher.group(2))));
    }

    /** Hashes a key with a fresh random salt. */
    public static ApiKeyHash of(String key, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new ApiKeyHash(salt, digest(salt, key));
    }

    /** Whether {@code key} hashes to this; the comparison takes the same time wherever the bytes differ. */
    public boolean matches(String key) {
        return MessageDigest.isEqual(hash, digest(salt, key));
    }

    private static byte[] digest(byte[] salt, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The stored form, for config.json. */
    @Override
    public String toString() {
        return PREFIX + HEX.formatHex(salt) + ":" + HEX.formatHex(hash);
    }
}
