package io.hvmon.wsman.client;

import io.hvmon.wsman.client.WsManSettings.AuthScheme;

/**
 * What hvmon tried when it logged on to a host: which scheme, as which user, over http or https. Error messages start
 * from it, so that a refusal always says what was attempted.
 *
 * @param host   the host as messages name it, e.g. {@code hv01.example.com:5986}
 * @param scheme the scheme hvmon used
 * @param user   the user name as configured (never the password)
 * @param https  whether TLS protects the connection
 */
record AuthAttempt(String host, AuthScheme scheme, String user, boolean https) {

    /** The scheme's name on the wire: "Basic" or "Negotiate". */
    String schemeName() {
        return scheme == AuthScheme.BASIC ? "Basic" : "Negotiate";
    }

    /** The scheme as a person reads it: "Basic", "Negotiate (NTLM)" or "Negotiate (Kerberos)". */
    String schemeInWords() {
        return switch (scheme) {
            case BASIC -> "Basic";
            case NEGOTIATE -> "Negotiate (NTLM)";
            case KERBEROS -> "Negotiate (Kerberos)";
        };
    }
}
