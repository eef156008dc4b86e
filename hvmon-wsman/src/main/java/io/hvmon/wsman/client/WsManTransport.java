package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.http.ClientConnection;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;
import io.hvmon.wsman.http.TlsContexts;

import io.hvmon.wsman.kerberos.KerberosLogin;

import javax.net.ssl.SSLContext;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.time.Instant;

/**
 * Carries SOAP envelopes to one endpoint over one authenticated, kept-alive connection, reconnecting (with a fresh
 * handshake) when it is lost. Not thread-safe: a session uses it from one thread at a time.
 */
final class WsManTransport implements AutoCloseable {

    /** The HTTP status and SOAP bytes of an answer (500 carries a SOAP fault). */
    record Answer(int status, byte[] soap) {
    }

    private final WsManSettings settings;
    private final String host;
    private final String path;
    private final HttpHeaders baseHeaders;
    private final io.hvmon.wsman.http.Traffic traffic;
    private SSLContext tls;
    private ClientConnection connection;
    private ConnectionAuth auth;
    /** Kerberos only: the TGT, kept across connections and sessions until shortly before it ends. */
    private final KerberosLogin kerberos;

    WsManTransport(WsManSettings settings, io.hvmon.wsman.http.Traffic traffic) {
        this.settings = settings;
        this.traffic = traffic;
        this.kerberos = settings.auth() != WsManSettings.AuthScheme.KERBEROS ? null
                : KerberosLogin.shared(settings.kerberos().credentials(settings.user(), settings.password()));
        int port = settings.endpoint().getPort() > 0 ? settings.endpoint().getPort() : settings.https() ? 5986 : 5985;
        this.host = settings.endpoint().getHost() + ":" + port;
        String rawPath = settings.endpoint().getRawPath();
        this.path = rawPath == null || rawPath.isEmpty() ? "/wsman" : rawPath;
        this.baseHeaders = HttpHeaders.of("Host", host, "User-Agent", "hvmon");
    }

    String host() {
        return host;
    }

    io.hvmon.wsman.http.Traffic traffic() {
        return traffic;
    }

    /**
     * Sends one envelope and returns the answer. A connection that the server closed while idle is detected on the
     * next use; for idempotent operations the request is then sent once more on a new connection.
     */
    Answer send(byte[] soap, Instant deadline, boolean idempotent) throws CimException {
        boolean reused = connection != null && connection.isOpen();
        try {
            return sendOnce(soap, deadline);
        } catch (CimException e) {
            if (reused && idempotent && lostIdleConnection(e)) {
                close();
                return sendOnce(soap, deadline);
            }
            throw e;
        }
    }

    private Answer sendOnce(byte[] soap, Instant deadline) throws CimException {
        connect(deadline);
        HttpMessage request = auth.request(path, baseHeaders, soap);
        HttpMessage response;
        try {
            response = connection.exchange(request, deadline);
        } catch (IOException e) {
            close();
            throw Failures.io(host, e);
        }
        try {
            return new Answer(response.status(), auth.soap(response));
        } catch (CimException e) {
            close();
            throw e;
        }
    }

    private void connect(Instant deadline) throws CimException {
        if (connection != null && connection.isOpen()) {
            return;
        }
        try {
            if (settings.https() && tls == null) {
                tls = TlsContexts.client(settings.tls());
            }
            connection = ClientConnection.open(settings.endpoint(), tls, settings.tls().verify(),
                    settings.connectTimeout(), settings.httpLimits(), traffic);
        } catch (IOException e) {
            throw Failures.io(host, e);
        }
        AuthAttempt attempt = new AuthAttempt(host, settings.auth(), settings.user(), settings.https());
        auth = switch (settings.auth()) {
            case BASIC -> new BasicAuth(attempt, settings.password());
            case NEGOTIATE -> new NegotiateAuth(attempt, settings.password());
            case KERBEROS -> new KerberosAuth(attempt, kerberos,
                    settings.kerberos().spnFor(settings.endpoint().getHost()));
        };
        try {
            auth.establish(connection, path, baseHeaders, deadline);
        } catch (CimException e) {
            close();
            throw e;
        }
    }

    private static boolean lostIdleConnection(CimException e) {
        Throwable cause = e.getCause();
        return cause instanceof EOFException || cause instanceof SocketException;
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        auth = null;
    }
}
