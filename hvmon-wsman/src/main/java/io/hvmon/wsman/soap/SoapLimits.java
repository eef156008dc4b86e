package io.hvmon.wsman.soap;

/**
 * Caps on what the parsers accept, so a hostile or broken peer costs bounded memory and time. Exceeding one is a
 * PROTOCOL error (client side) or an EncodingLimit fault (server side), never an OutOfMemoryError.
 *
 * @param maxBytes      total size of one envelope in bytes
 * @param maxDepth      element nesting depth (a Windows response nests about 10 deep)
 * @param maxElements   elements in one envelope
 * @param maxTextChars  characters of one text value (one property, one attribute is bounded by maxBytes)
 * @param maxItems      instances in one response, and values of one array property
 */
public record SoapLimits(long maxBytes, int maxDepth, int maxElements, int maxTextChars, int maxItems) {

    /** 32 MiB, depth 64, 1,000,000 elements, 1 Mi characters per value, 100,000 items. */
    public static final SoapLimits DEFAULTS = new SoapLimits(32L << 20, 64, 1_000_000, 1 << 20, 100_000);

    public SoapLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxElements < 1 || maxTextChars < 1 || maxItems < 1) {
            throw new IllegalArgumentException("every SOAP limit must be positive: " + this);
        }
    }

    public SoapLimits withMaxBytes(long bytes) {
        return new SoapLimits(bytes, maxDepth, maxElements, maxTextChars, maxItems);
    }

    public SoapLimits withMaxDepth(int depth) {
        return new SoapLimits(maxBytes, depth, maxElements, maxTextChars, maxItems);
    }

    public SoapLimits withMaxElements(int elements) {
        return new SoapLimits(maxBytes, maxDepth, elements, maxTextChars, maxItems);
    }

    public SoapLimits withMaxTextChars(int chars) {
        return new SoapLimits(maxBytes, maxDepth, maxElements, chars, maxItems);
    }

    public SoapLimits withMaxItems(int items) {
        return new SoapLimits(maxBytes, maxDepth, maxElements, maxTextChars, items);
    }
}
