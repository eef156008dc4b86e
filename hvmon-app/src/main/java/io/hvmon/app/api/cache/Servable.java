package io.hvmon.app.api.cache;

/** A body the cache holds, ready to be answered in the encoding a request accepts. */
public interface Servable {

    /** The representation to send: gzip when the client accepts it (and there is one), else identity. */
    Representation select(boolean gzipAccepted);
}
