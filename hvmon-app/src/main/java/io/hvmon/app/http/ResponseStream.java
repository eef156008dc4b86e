package io.hvmon.app.http;

import java.io.IOException;

/**
 * A body written over time (server-sent events) rather than all at once. It is written after the request has left
 * its {@link RequestSlots slot}, so a long-lived stream never holds one; everything else about the request (the
 * {@link Gatekeeper}, the {@link SecurityHeaders}, the {@link AccessLog} line, written when it ends) is as usual.
 */
public interface ResponseStream {

    /** Writes until done, the client leaves (a write fails) or the server stops. */
    void writeTo(Sink sink) throws IOException;

    /** Called once, whether or not {@link #writeTo} ran (it does not for HEAD): releases what the stream holds. */
    void close();

    /** Where a stream writes: each call sends the text at once and returns when the network has taken it. */
    interface Sink {
        void send(String text) throws IOException;
    }
}
