package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.encryption.SealingException;
import io.hvmon.wsman.http.HttpWireException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Turns transport failures into CimExceptions whose kind and words let a user tell the causes apart: unreachable,
 * timeout, TLS, authentication, malformed answer.
 */
final class Failures {

    private Failures() {
    }

    static CimException io(String host, IOException e) {
        return switch (e) {
            case UnknownHostException u -> new CimException(CimException.Kind.UNREACHABLE,
                    "cannot resolve the host name of " + host + " (" + u.getMessage() + ")", e);
            case ConnectException c -> new CimException(CimException.Kind.UNREACHABLE,
                    "cannot connect to " + host + ": " + c.getMessage()
                            + " (is WinRM listening there, and the firewall open?)", e);
            case NoRouteToHostException n -> new CimException(CimException.Kind.UNREACHABLE,
                    "no route to " + host + ": " + n.getMessage(), e);
            case SocketTimeoutException t -> new CimException(CimException.Kind.TIMEOUT,
                    "no complete answer from " + host + " in time", e);
            case SSLHandshakeException h -> new CimException(CimException.Kind.TLS, tlsMessage(host, h), e);
            case SSLException s -> new CimException(CimException.Kind.TLS,
                    "TLS failure talking to " + host + ": " + s.getMessage(), e);
            case HttpWireException w -> new CimException(CimException.Kind.PROTOCOL,
                    "malformed HTTP answer from " + host + ": " + w.getMessage(), e);
            case EOFException eof -> new CimException(CimException.Kind.UNREACHABLE,
                    host + " closed the connection: " + eof.getMessage(), e);
            default -> new CimException(CimException.Kind.UNREACHABLE,
                    "connection to " + host + " failed: " + e.getMessage(), e);
        };
    }

    private static String tlsMessage(String host, SSLHandshakeException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("PKIX") || text.contains("unable to find valid certification path")) {
            return "the certificate of " + host + " is not trusted (no path to a trusted CA); give its CA with"
                    + " tls.ca_file";
        }
        if (text.contains("No subject alternative") || text.contains("doesn't match")) {
            return "the certificate of " + host + " is not for that host name: " + text;
        }
        if (text.contains("protocol") || text.contains("No appropriate")) {
            return "TLS handshake with " + host + " failed: " + text + " (hvmon offers TLS 1.2 and 1.3 only)";
        }
        return "TLS handshake with " + host + " failed: " + text;
    }

    static CimException sealing(String host, String mechanism, SealingException e) {
        return new CimException(CimException.Kind.PROTOCOL, "WinRM message encryption (" + mechanism + ") with "
                + host + " failed: " + e.getMessage(), e);
    }
}
