package io.hvmon.wsman.http;

import java.io.IOException;

/** The peer sent something that is not acceptable HTTP/1.1: malformed, or over a size limit. */
public final class HttpWireException extends IOException {

    public HttpWireException(String message) {
        super(message);
    }
}
