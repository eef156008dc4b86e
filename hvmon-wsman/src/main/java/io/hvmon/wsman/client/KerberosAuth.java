package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.http.ClientConnection;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;
import io.hvmon.wsman.kerberos.GssSealing;
import io.hvmon.wsman.kerberos.KerberosException;
import io.hvmon.wsman.kerberos.KerberosInitiator;
import io.hvmon.wsman.kerberos.KerberosLogin;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;

/**
 * Negotiate with Kerberos (SPNEGO), as Windows clients log on to WinRM in a domain: the service ticket goes out in
 * one empty-bodied POST, the host's 200 carries its AP-REP, which must prove the host is the SPN's owner before any
 * SOAP is sent; then (over http) every message is sealed with the session key. Over https the TLS channel binding
 * goes into the ticket's authenticator, as WinRM's CbtHardeningLevel expects, and messages travel plain.
 */
final class KerberosAuth implements ConnectionAuth {

    private static final String SCHEME = "Negotiate";

    private final AuthAttempt attempt;
    private final KerberosLogin login;
    private final String spn;
    private GssSealing sealing;

    KerberosAuth(AuthAttempt attempt, KerberosLogin login, String spn) {
        this.attempt = attempt;
        this.login = login;
        this.spn = spn;
    }

    @Override
    public void establish(ClientConnection connection, String path, HttpHeaders baseHeaders, Instant deadline)
            throws CimException {
        KerberosInitiator initiator = null;
        try {
            initiator = KerberosInitiator.start(login, spn, connection.channelBinding().orElse(null));
            byte[] token = initiator.firstToken();
            HttpMessage answer = connection.exchange(HttpMessage.request("POST", path, baseHeaders
                    .with("Authorization", SCHEME + " " + Base64.getEncoder().encodeToString(token))
                    .with("Content-Type", Soap.CONTENT_TYPE), new byte[0]), deadline);
            OfferedSchemes offered = OfferedSchemes.of(answer);
            if (answer.status() == 401) {
                login.forget(); // a fresh TGT next time, in case the refusal came from a stale ticket
                throw offered.offersNegotiate() ? KerberosFailures.refused(attempt, spn, offered)
                        : AuthFailures.notOffered(attempt, offered);
            }
            if (answer.status() / 100 != 2) {
                throw KerberosFailures.broken(attempt, spn, "the host answered HTTP " + answer.status()
                        + " instead of 200");
            }
            initiator.finish(answerToken(offered));
            sealing = attempt.https() ? null : initiator.sealing();
            initiator = null; // the sealing owns the context now
        } catch (KerberosException e) {
            throw KerberosFailures.of(attempt, e);
        } catch (IOException e) {
            throw Failures.io(attempt.host(), e);
        } finally {
            if (initiator != null) {
                initiator.dispose();
            }
        }
    }

    /** The host's AP-REP, which mutual authentication needs; none is a host that did not prove who it is. */
    private byte[] answerToken(OfferedSchemes offered) throws CimException {
        String token = offered.challengeToken().orElseThrow(() -> KerberosFailures.broken(attempt, spn,
                "the host's 200 carries no Negotiate token, so it did not prove that it is " + spn
                        + " (mutual authentication); hvmon sends nothing to a host that cannot"));
        try {
            return Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw KerberosFailures.broken(attempt, spn, "the host's Negotiate token is not valid base64");
        }
    }

    @Override
    public HttpMessage request(String path, HttpHeaders baseHeaders, byte[] soap) throws CimException {
        return SealedSoap.request(path, baseHeaders, soap, sealing, attempt, "Kerberos");
    }

    @Override
    public byte[] soap(HttpMessage response) throws CimException {
        return SealedSoap.soap(response, sealing, attempt, "Kerberos");
    }

    @Override
    public String toString() {
        return "KerberosAuth[" + attempt.user() + ", " + spn + (sealing != null ? ", sealed" : "") + "]";
    }
}
