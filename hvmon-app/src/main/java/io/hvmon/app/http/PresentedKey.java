package io.hvmon.app.http;

import java.util.List;
import java.util.Locale;

/**
 * The API key a request presents, from {@code X-API-KEY} or, for clients that can only send standard credentials
 * (Prometheus' {@code authorization} setting), from {@code Authorization: Bearer <key>} — the same keys either way.
 * {@code X-API-KEY} wins when both are sent: a proxy in front may use {@code Authorization} for itself. Either the key,
 * or why there is none usable, in words that never repeat what was sent.
 *
 * @param key     the key to check; null when {@code problem} says why there is none
 * @param header  the header it came from, for the refusal's words
 * @param problem why no key can be checked; null when there is one
 */
record PresentedKey(String key, String header, String problem) {

    static final String KEY_HEADER = "X-API-KEY";
    static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "bearer";

    static PresentedKey of(RequestHeaders headers) {
        List<String> apiKey = headers.all(KEY_HEADER);
        if (!apiKey.isEmpty()) {
            return fromApiKeyHeader(apiKey);
        }
        List<String> authorization = headers.all(AUTHORIZATION);
        if (!authorization.isEmpty()) {
            return fromAuthorization(authorization);
        }
        return refused(KEY_HEADER, "this API needs a key: send it in the " + KEY_HEADER
                + " header or as Authorization: Bearer <key>");
    }

    private static PresentedKey fromApiKeyHeader(List<String> values) {
        if (values.size() > 1) {
            return refused(KEY_HEADER, "the " + KEY_HEADER + " header is given " + values.size() + " times; send it once");
        }
        if (values.getFirst().isEmpty()) {
            return refused(KEY_HEADER, "the " + KEY_HEADER + " header is empty");
        }
        return new PresentedKey(values.getFirst(), KEY_HEADER, null);
    }

    /** RFC 6750 §2.1: {@code Bearer} (any case), one or more spaces, the token. */
    private static PresentedKey fromAuthorization(List<String> values) {
        if (values.size() > 1) {
            return refused(AUTHORIZATION, "the " + AUTHORIZATION + " header is given " + values.size()
                    + " times; send it once");
        }
        String value = values.getFirst().strip();
        int space = value.indexOf(' ');
        String scheme = (space < 0 ? value : value.substring(0, space)).toLowerCase(Locale.ROOT);
        if (!scheme.equals(BEARER)) {
            return refused(AUTHORIZATION, "the " + AUTHORIZATION + " header is not a bearer token: send the key as"
                    + " Authorization: Bearer <key>, or in the " + KEY_HEADER + " header");
        }
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (token.isEmpty()) {
            return refused(AUTHORIZATION, "the bearer token in the " + AUTHORIZATION + " header is empty");
        }
        return new PresentedKey(token, AUTHORIZATION, null);
    }

    private static PresentedKey refused(String header, String problem) {
        return new PresentedKey(null, header, problem);
    }
}
