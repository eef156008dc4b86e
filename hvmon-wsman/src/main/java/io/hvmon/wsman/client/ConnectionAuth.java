package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.http.ClientConnection;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;

import java.time.Instant;

/**
 * Authentication (and, where negotiated, message protection) of one connection: set up once per connection,
 * then applied to each request and response on it. Basic, Negotiate/NTLM, and later Kerberos, behind one seam.
 */
interface ConnectionAuth {

    /** Runs any handshake on a fresh connection before the first request. */
    void establish(ClientConnection connection, String path, HttpHeaders baseHeaders, Instant deadline)
            throws CimException;

    /** The HTTP request carrying this SOAP envelope. */
    HttpMessage request(String path, HttpHeaders baseHeaders, byte[] soap) throws CimException;

    /**
     * The SOAP bytes of a response (decrypted when the connection is sealed); a 401 becomes the authentication
     * failure in words ({@link AuthFailures}).
     */
    byte[] soap(HttpMessage response) throws CimException;
}
