package io.hvmon.app.http;

import org.eclipse.jetty.http.HttpFields;

/** A Jetty request's headers as {@link RequestHeaders}: read in place (Jetty matches names case-insensitively). */
final class JettyHeaders {

    private JettyHeaders() {
    }

    static RequestHeaders of(HttpFields fields) {
        return fields::getValuesList;
    }
}
