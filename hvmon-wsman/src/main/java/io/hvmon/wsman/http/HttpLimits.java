package io.hvmon.wsman.http;

/**
 * Size limits on what a peer may send: a hostile or broken peer must not make us allocate without bound.
 *
 * @param maxHeaderBytes the start line and all header fields together
 * @param maxHeaderFields how many header fields
 * @param maxBodyBytes   the body, after de-chunking
 */
public record HttpLimits(int maxHeaderBytes, int maxHeaderFields, int maxBodyBytes) {

    /** Generous for WS-Man: Windows' default MaxEnvelopeSize is 500 KiB; a large enumeration batch stays far below. */
    public static final HttpLimits DEFAULT = new HttpLimits(64 * 1024, 100, 32 * 1024 * 1024);
}
