package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.encryption.NtlmSealing;
import io.hvmon.wsman.http.ClientConnection;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;
import io.hvmon.wsman.ntlm.NtlmClient;
import io.hvmon.wsman.ntlm.NtlmException;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;

/**
 * Negotiate with raw NTLMSSP tokens, as Windows clients and pywinrm send them: NEGOTIATE and AUTHENTICATE in two
 * empty-bodied POSTs on the connection, then (over http) every SOAP message sealed with WinRM message encryption.
 * Over https TLS protects the body and messages travel plain on the authenticated connection, whose logon carries
 * the TLS channel binding.
 */
final class NegotiateAuth implements ConnectionAuth {

    private static final String SCHEME = "Negotiate";

    private final AuthAttempt attempt;
    private final char[] password;
    private final boolean seal;
    private NtlmSealing sealing;

    /** Over http ({@code attempt.https()} false) every message is sealed; over https TLS protects them. */
    NegotiateAuth(AuthAttempt attempt, char[] password) {
        this.attempt = attempt;
        this.password = password.clone();
        this.seal = !attempt.https();
    }

    @Override
    public void establish(ClientConnection connection, String path, HttpHeaders baseHeaders, Instant deadline)
            throws CimException {
        try {
            NtlmClient ntlm = new NtlmClient(attempt.user(), "", new String(password));
            HttpMessage challenge = connection.exchange(leg(path, baseHeaders, ntlm.negotiate()), deadline);
            // over https the logon is bound to this TLS channel, as WinRM's CbtHardeningLevel checks
            byte[] authenticate = ntlm.authenticate(challengeToken(challenge), connection.channelBinding().orElse(null));
            HttpMessage done = connection.exchange(leg(path, baseHeaders, authenticate), deadline);
            if (done.status() == 401) {
                throw AuthFailures.refused(attempt, OfferedSchemes.of(done));
            }
            if (done.status() / 100 != 2) {
                throw AuthFailures.handshakeBroken(attempt, "AUTHENTICATE", "the host answered HTTP " + done.status()
                        + " instead of 200", null);
            }
            sealing = seal ? new NtlmSealing(ntlm.session()) : null;
        } catch (NtlmException e) {
            throw AuthFailures.handshakeBroken(attempt, "NEGOTIATE", "the host's challenge is not one hvmon can"
                    + " answer (" + e.getMessage() + ")", null);
        } catch (IOException e) {
            throw Failures.io(attempt.host(), e);
        }
    }

    private static HttpMessage leg(String path, HttpHeaders baseHeaders, byte[] token) {
        return HttpMessage.request("POST", path, baseHeaders
                .with("Authorization", SCHEME + " " + Base64.getEncoder().encodeToString(token))
                .with("Content-Type", Soap.CONTENT_TYPE), new byte[0]);
    }

    /** The NTLM CHALLENGE of the answer to NEGOTIATE; anything else says why there is none. */
    private byte[] challengeToken(HttpMessage response) throws CimException {
        if (response.status() != 401) {
            throw AuthFailures.handshakeBroken(attempt, "NEGOTIATE", "the host answered HTTP " + response.status()
                    + " instead of a 401 challenge", null);
        }
        OfferedSchemes offered = OfferedSchemes.of(response);
        if (!offered.offersNegotiate()) {
            throw AuthFailures.notOffered(attempt, offered);
        }
        String token = offered.challengeToken().orElseThrow(() -> AuthFailures.ntlmNotAnswered(attempt, offered));
        try {
            return Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw AuthFailures.handshakeBroken(attempt, "NEGOTIATE", "the host's NTLM challenge is not valid base64",
                    offered);
        }
    }

    @Override
    public HttpMessage request(String path, HttpHeaders baseHeaders, byte[] soap) throws CimException {
        return SealedSoap.request(path, baseHeaders, soap, sealing, attempt, "NTLM");
    }

    @Override
    public byte[] soap(HttpMessage response) throws CimException {
        return SealedSoap.soap(response, sealing, attempt, "NTLM");
    }

    @Override
    public String toString() {
        return "NegotiateAuth[" + attempt.user() + (seal ? ", sealed" : "") + "]";
    }
}
