package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.encryption.EncryptedBody;
import io.hvmon.wsman.http.ClientConnection;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;
import io.hvmon.wsman.ntlm.NtlmClient;
import io.hvmon.wsman.ntlm.NtlmException;
import io.hvmon.wsman.ntlm.NtlmSession;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Negotiate with raw NTLMSSP tokens, as Windows clients and pywinrm send them: NEGOTIATE and AUTHENTICATE in two
 * empty-bodied POSTs on the connection, then (over http) every SOAP message sealed with WinRM message encryption.
 * Over https TLS protects the body and messages travel plain on the authenticated connection.
 */
final class NegotiateAuth implements ConnectionAuth {

    private static final String SCHEME = "Negotiate";

    private final String user;
    private final char[] password;
    private final boolean seal;
    private final String hostDescription;
    private NtlmSession session;

    NegotiateAuth(String user, char[] password, boolean seal, String hostDescription) {
        this.user = user;
        this.password = password.clone();
        this.seal = seal;
        this.hostDescription = hostDescription;
    }

    @Override
    public void establish(ClientConnection connection, String path, HttpHeaders baseHeaders, Instant deadline)
            throws CimException {
        try {
            NtlmClient ntlm = new NtlmClient(user, "", new String(password));
            HttpMessage challenge = connection.exchange(leg(path, baseHeaders, ntlm.negotiate()), deadline);
            byte[] challengeToken = challengeToken(challenge);
            HttpMessage done = connection.exchange(leg(path, baseHeaders, ntlm.authenticate(challengeToken)), deadline);
            if (done.status() == 401) {
                throw new CimException(CimException.Kind.AUTHENTICATION, hostDescription
                        + " refused the user name or password of " + user + " (NTLM, HTTP 401)");
            }
            if (done.status() / 100 != 2) {
                throw new CimException(CimException.Kind.PROTOCOL, hostDescription
                        + " answered the NTLM AUTHENTICATE message with HTTP " + done.status());
            }
            session = ntlm.session();
        } catch (NtlmException e) {
            throw Failures.ntlm(hostDescription, e);
        } catch (IOException e) {
            throw Failures.io(hostDescription, e);
        }
    }

    private static HttpMessage leg(String path, HttpHeaders baseHeaders, byte[] token) {
        return HttpMessage.request("POST", path, baseHeaders
                .with("Authorization", SCHEME + " " + Base64.getEncoder().encodeToString(token))
                .with("Content-Type", Soap.CONTENT_TYPE), new byte[0]);
    }

    private byte[] challengeToken(HttpMessage response) throws CimException {
        List<String> offers = response.headers().all("WWW-Authenticate");
        if (response.status() != 401) {
            throw new CimException(CimException.Kind.PROTOCOL, hostDescription + " answered the NTLM NEGOTIATE"
                    + " message with HTTP " + response.status() + " instead of a 401 challenge");
        }
        for (String offer : offers) {
            String lower = offer.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("negotiate ") || lower.startsWith("ntlm ")) && offer.indexOf(' ') > 0) {
                try {
                    return Base64.getDecoder().decode(offer.substring(offer.indexOf(' ') + 1).trim());
                } catch (IllegalArgumentException e) {
                    throw new CimException(CimException.Kind.PROTOCOL, hostDescription
                            + " sent an NTLM challenge that is not valid base64");
                }
            }
        }
        throw new CimException(CimException.Kind.AUTHENTICATION, hostDescription + " does not accept Negotiate/NTLM"
                + (offers.isEmpty() ? "" : "; it offers: " + String.join(", ", offers))
                + " (enable it in WinRM, or use auth \"basic\" over https)");
    }

    @Override
    public HttpMessage request(String path, HttpHeaders baseHeaders, byte[] soap) throws CimException {
        if (!seal) {
            return HttpMessage.request("POST", path, baseHeaders.with("Content-Type", Soap.CONTENT_TYPE), soap);
        }
        try {
            byte[] sealed = EncryptedBody.encodeBody(session, soap);
            return HttpMessage.request("POST", path, baseHeaders.with("Content-Type", EncryptedBody.CONTENT_TYPE), sealed);
        } catch (NtlmException e) {
            throw Failures.ntlm(hostDescription, e);
        }
    }

    @Override
    public byte[] soap(HttpMessage response) throws CimException {
        if (response.status() == 401) {
            throw new CimException(CimException.Kind.AUTHENTICATION, hostDescription
                    + " no longer accepts this connection's NTLM authentication (HTTP 401)");
        }
        if (!response.contentType().toLowerCase(Locale.ROOT).startsWith("multipart/encrypted")) {
            return Soap.plainBody(response);
        }
        try {
            return EncryptedBody.decode(session, response.contentType(), response.body());
        } catch (NtlmException e) {
            throw Failures.ntlm(hostDescription, e);
        }
    }

    @Override
    public String toString() {
        return "NegotiateAuth[" + user + (seal ? ", sealed" : "") + "]";
    }
}
