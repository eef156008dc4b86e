package io.hvmon.wsman.soap;

import java.time.Duration;
import java.util.Objects;

/**
 * The per-request settings a client sends in every header.
 *
 * @param maxEnvelopeSize  w:MaxEnvelopeSize in bytes; Windows refuses less than 8192 and caps at its MaxEnvelopeSizekb
 * @param operationTimeout w:OperationTimeout; Windows caps it at MaxTimeoutms (60 s)
 * @param locale           w:Locale, or null to leave it out
 * @param dataLocale       p:DataLocale, or null to leave it out
 */
public record RequestOptions(int maxEnvelopeSize, Duration operationTimeout, String locale, String dataLocale) {

    /** 512000 bytes (as txwinrm sends; Windows 2016+ accepts up to 500 KiB), 60 s, en-US, no DataLocale. */
    public static final RequestOptions DEFAULTS = new RequestOptions(512_000, Duration.ofSeconds(60), "en-US", null);

    public RequestOptions {
        Objects.requireNonNull(operationTimeout, "operationTimeout");
        if (maxEnvelopeSize < 8192) {
            throw new IllegalArgumentException("MaxEnvelopeSize must be at least 8192 bytes, got " + maxEnvelopeSize);
        }
        if (operationTimeout.isNegative() || operationTimeout.isZero()) {
            throw new IllegalArgumentException("OperationTimeout must be positive, got " + operationTimeout);
        }
    }
}
