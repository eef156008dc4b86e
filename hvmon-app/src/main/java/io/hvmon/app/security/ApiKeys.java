package io.hvmon.app.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The configured API keys; none means the API is open. */
public record ApiKeys(List<ApiKey> keys) {

    /** Keys longer than this are refused without hashing, so a huge header costs nothing. */
    public static final int MAX_KEY_LENGTH = 256;
    /** Shorter keys are refused by {@code hvmon key hash}: a fast hash is only safe for long random keys. */
    public static final int MIN_KEY_LENGTH = 20;
    private static final int RANDOM_BYTES = 32;

    public ApiKeys {
        keys = List.copyOf(keys);
    }

    public boolean required() {
        return !keys.isEmpty();
    }

    /**
     * The name of the key {@code presented} matches, or empty. Every configured hash is checked, match or not, so the
     * time taken does not tell which key (or how much of one) was right.
     */
    public Optional<String> authenticate(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        String found = null;
        for (ApiKey key : keys) {
            if (key.hash().matches(presented) && found == null) {
                found = key.name();
            }
        }
        return Optional.ofNullable(found);
    }

    /** A new key: 32 random bytes, base64url without padding (43 characters, safe in a header and a shell). */
    public static String randomKey(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
