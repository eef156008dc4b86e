package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.encryption.EncryptedBody;
import io.hvmon.wsman.encryption.SealingException;
import io.hvmon.wsman.encryption.SessionSealing;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;

import java.util.Locale;

/**
 * SOAP requests and answers on a connection that Negotiate (NTLM or Kerberos) logged on: sealed with WinRM message
 * encryption when the connection has a sealing (over http), plain otherwise (over https, where TLS protects them).
 */
final class SealedSoap {

    private SealedSoap() {
    }

    static HttpMessage request(String path, HttpHeaders baseHeaders, byte[] soap, SessionSealing sealing,
                               AuthAttempt attempt, String mechanism) throws CimException {
        if (sealing == null) {
            return HttpMessage.request("POST", path, baseHeaders.with("Content-Type", Soap.CONTENT_TYPE), soap);
        }
        try {
            return HttpMessage.request("POST", path, baseHeaders.with("Content-Type",
                    EncryptedBody.contentType(sealing)), EncryptedBody.encodeBody(sealing, soap));
        } catch (SealingException e) {
            throw Failures.sealing(attempt.host(), mechanism, e);
        }
    }

    /** The SOAP bytes of an answer; a 401 is the connection's logon no longer honoured. */
    static byte[] soap(HttpMessage response, SessionSealing sealing, AuthAttempt attempt, String mechanism)
            throws CimException {
        if (response.status() == 401) {
            throw AuthFailures.logonDropped(attempt, OfferedSchemes.of(response));
        }
        if (!response.contentType().toLowerCase(Locale.ROOT).startsWith("multipart/encrypted")) {
            return Soap.plainBody(response);
        }
        if (sealing == null) {
            throw new CimException(CimException.Kind.PROTOCOL, attempt.host() + " sent an encrypted answer over"
                    + " https, where WinRM sends plain ones");
        }
        try {
            return EncryptedBody.decode(sealing, response.contentType(), response.body());
        } catch (SealingException e) {
            throw Failures.sealing(attempt.host(), mechanism, e);
        }
    }
}
