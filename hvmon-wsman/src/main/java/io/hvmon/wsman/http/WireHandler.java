package io.hvmon.wsman.http;

import java.time.Duration;

/** Answers the requests of one connection; one instance per connection, so it may keep per-connection state (NTLM). */
@FunctionalInterface
public interface WireHandler {

    Reply handle(HttpMessage request);

    /** Called once before the first request of an https connection, with its TLS session (for channel binding). */
    default void tlsEstablished(javax.net.ssl.SSLSession session) {
    }

    /**
     * What to do with a request: send a message (and maybe close), drop the connection without a word, or send the
     * message slowly (a trickle, for fault injection).
     *
     * @param message    what to send; null to drop the connection
     * @param closeAfter close the connection after sending
     * @param trickle    if positive, send the body in small pieces with this pause between them
     */
    record Reply(HttpMessage message, boolean closeAfter, Duration trickle) {

        public static Reply send(HttpMessage message) {
            return new Reply(message, false, Duration.ZERO);
        }

        public static Reply sendAndClose(HttpMessage message) {
            return new Reply(message, true, Duration.ZERO);
        }

        public static Reply drop() {
            return new Reply(null, true, Duration.ZERO);
        }
    }
}
