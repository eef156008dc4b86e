package io.hvmon.app.notify;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The {@code X-Hvmon-Signature} header: {@code sha256=} and the hex HMAC-SHA256 of the exact body bytes with the
 * webhook's secret, as GitHub signs its webhooks, so receivers can use the same check.
 */
final class Signature {

    static final String HEADER = "X-Hvmon-Signature";

    private final SecretKeySpec key;

    Signature(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String of(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "Signature[secret not shown]";
    }
}
