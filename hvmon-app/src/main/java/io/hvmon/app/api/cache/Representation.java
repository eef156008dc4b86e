package io.hvmon.app.api.cache;

/**
 * One encoding of a rendered body, as sent: its bytes (shared, never modified), its entity tag and its content coding.
 *
 * @param body            the bytes; handed to the HTTP layer as they are, never copied
 * @param etag            a strong entity tag, quotes included: {@code "<hash>"}, or {@code "<hash>-gz"} for gzip
 * @param contentEncoding {@code gzip}, or null for the identity encoding
 */
public record Representation(byte[] body, String etag, String contentEncoding) {

    public boolean gzipped() {
        return contentEncoding != null;
    }
}
