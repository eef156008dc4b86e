package io.hvmon.wsman.client;

import io.hvmon.wsman.http.HttpLimits;
import io.hvmon.wsman.kerberos.KerberosOptions;
import io.hvmon.wsman.http.TlsOptions;
import io.hvmon.wsman.soap.SoapLimits;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * How to reach one WS-Man endpoint.
 *
 * @param endpoint         e.g. {@code https://hv01.example.com:5986/wsman}
 * @param auth             the HTTP authentication scheme
 * @param user             {@code DOMAIN\\user}, {@code user@domain} or a local {@code user}
 * @param password         the password (kept in memory only, never printed)
 * @param tls              certificate checking for https
 * @param connectTimeout   TCP connect and TLS handshake
 * @param operationTimeout how long one request may take (sent as w:OperationTimeout, and enforced here)
 * @param maxEnvelopeSize  w:MaxEnvelopeSize asked of the server, in bytes
 * @param maxElements      items per Enumerate/Pull answer
 * @param kerberos         SPN and credential source for {@link AuthScheme#KERBEROS}
 */
public record WsManSettings(URI endpoint, AuthScheme auth, String user, char[] password, TlsOptions tls,
                            Duration connectTimeout, Duration operationTimeout, int maxEnvelopeSize, int maxElements,
                            HttpLimits httpLimits, SoapLimits soapLimits, KerberosOptions kerberos) {

    /**
     * The HTTP authentication schemes: Basic, Negotiate with NTLM, and Negotiate with Kerberos (SPNEGO), each behind
     * the {@link ConnectionAuth} seam.
     */
    public enum AuthScheme { BASIC, NEGOTIATE, KERBEROS }

    public WsManSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(user, "user");
        password = password.clone();
        kerberos = kerberos == null ? KerberosOptions.DEFAULTS : kerberos;
        if (!"http".equalsIgnoreCase(endpoint.getScheme()) && !"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw new IllegalArgumentException("a WS-Man endpoint is an http:// or https:// URL: " + endpoint);
        }
    }

    /** Windows' defaults: 512,000-byte envelopes, 60 s operations; 32,000 items per batch (the envelope limits first). */
    public static WsManSettings of(URI endpoint, AuthScheme auth, String user, char[] password) {
        return new WsManSettings(endpoint, auth, user, password, TlsOptions.SYSTEM_TRUST, Duration.ofSeconds(10),
                Duration.ofSeconds(60), 512_000, 32_000, HttpLimits.DEFAULT, SoapLimits.DEFAULTS, KerberosOptions.DEFAULTS);
    }

    public WsManSettings withTls(TlsOptions options) {
        return new WsManSettings(endpoint, auth, user, password, options, connectTimeout, operationTimeout,
                maxEnvelopeSize, maxElements, httpLimits, soapLimits, kerberos);
    }

    public WsManSettings withKerberos(KerberosOptions options) {
        return new WsManSettings(endpoint, auth, user, password, tls, connectTimeout, operationTimeout,
                maxEnvelopeSize, maxElements, httpLimits, soapLimits, options);
    }

    public WsManSettings withTimeouts(Duration connect, Duration operation) {
        return new WsManSettings(endpoint, auth, user, password, tls, connect, operation, maxEnvelopeSize, maxElements,
                httpLimits, soapLimits, kerberos);
    }

    public WsManSettings withBatch(int maxEnvelopeBytes, int elements) {
        return new WsManSettings(endpoint, auth, user, password, tls, connectTimeout, operationTimeout,
                maxEnvelopeBytes, elements, httpLimits, soapLimits, kerberos);
    }

    public boolean https() {
        return "https".equalsIgnoreCase(endpoint.getScheme());
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WsManSettings other && endpoint.equals(other.endpoint) && auth == other.auth
                && user.equals(other.user) && Arrays.equals(password, other.password)
                && kerberos.equals(other.kerberos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, auth, user);
    }

    @Override
    public String toString() {
        return "WsManSettings[" + endpoint + ", " + auth.name().toLowerCase(java.util.Locale.ROOT) + ", user " + user + "]";
    }
}
