package io.hvmon.wsman.soap;

/**
 * The bytes are not an acceptable XML envelope: malformed, truncated, a DOCTYPE, over a {@link SoapLimits} cap, or
 * an unexpected shape. Unchecked inside the codec; the public entry points turn it into a CimException (client) or a
 * fault (server).
 */
final class XmlInputException extends RuntimeException {

    private final boolean overLimit;

    XmlInputException(String message, boolean overLimit) {
        super(message, null, false, false);
        this.overLimit = overLimit;
    }

    static XmlInputException malformed(String message) {
        return new XmlInputException(message, false);
    }

    static XmlInputException overLimit(String message) {
        return new XmlInputException(message, true);
    }

    /** True when a size cap was hit rather than the XML being wrong. */
    boolean overLimit() {
        return overLimit;
    }
}
