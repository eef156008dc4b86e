package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpLimits;
import io.hvmon.wsman.http.HttpMessage;
import io.hvmon.wsman.http.WireHandler;
import io.hvmon.wsman.http.WireServer;
import io.hvmon.wsman.ntlm.CredentialLookup;
import io.hvmon.wsman.ntlm.NtlmException;
import io.hvmon.wsman.ntlm.NtlmServer;
import io.hvmon.wsman.ntlm.ServerIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Answers to the NTLM legs that no WinRM host gives (a proxy in between, something else listening): the client calls
 * the handshake broken, says which leg and what came back, and never claims the password was refused or the scheme
 * not offered. Served on loopback by a scripted host; the simulator cannot misbehave this way.
 */
@Timeout(30)
class BrokenHandshakeTest {

    private static final String USER = "monitor";
    private WireServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private URI serve(Function<HttpMessage, HttpMessage> answers) {
        try {
            server = WireServer.start(new InetSocketAddress("127.0.0.1", 0), null,
                    () -> request -> WireHandler.Reply.send(answers.apply(request)), HttpLimits.DEFAULT,
                    Duration.ofSeconds(10), 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return URI.create("http://127.0.0.1:" + server.port() + "/wsman");
    }

    private static HttpMessage answer(int status, String... headers) {
        return HttpMessage.response(status, "X", HttpHeaders.of(headers).with("Content-Length", "0"), new byte[0]);
    }

    private static CimException logOn(URI url) {
        try (WsManSession session = new WsManSession(WsManSettings.of(url, WsManSettings.AuthScheme.NEGOTIATE, USER,
                "Pa55".toCharArray()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)))) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> session.query("root/virtualization/v2", "SELECT Name FROM Msvm_SummaryInformation"));
            assertThat(thrown).isInstanceOf(CimException.class);
            return (CimException) thrown;
        }
    }

    private static void assertBroken(CimException e, String leg, String... fragments) {
        assertThat(e.kind()).isEqualTo(CimException.Kind.PROTOCOL);
        assertThat(e.getMessage()).contains("the Negotiate (NTLM) handshake with 127.0.0.1:")
                .contains("broke: hvmon sent its " + leg + " message as user " + USER)
                .contains(fragments).doesNotContain("refused").doesNotContain("does not accept");
    }

    @Test
    void aBare401ToNegotiateIsAHostThatDoesNotAcceptNtlm() {
        // what a host answers where a domain policy blocks NTLM: Kerberos is the way in
        CimException e = logOn(serve(request -> answer(401, "WWW-Authenticate", "Negotiate",
                "WWW-Authenticate", "Basic realm=\"WSMAN\"")));
        assertThat(e.kind()).isEqualTo(CimException.Kind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("did not answer hvmon's NTLM NEGOTIATE with a challenge")
                .contains("the host offers Negotiate and Basic").contains("\"auth\": \"kerberos\"")
                .contains("The user name and password were not checked");
    }

    @Test
    void aSuccessInsteadOfAChallengeIsABrokenHandshake() {
        assertBroken(logOn(serve(request -> answer(200))), "NEGOTIATE", "answered HTTP 200 instead of a 401 challenge");
    }

    @Test
    void aChallengeThatIsNotBase64IsABrokenHandshake() {
        assertBroken(logOn(serve(request -> answer(401, "WWW-Authenticate", "Negotiate %%%"))), "NEGOTIATE",
                "not valid base64");
    }

    @Test
    void aChallengeThatIsNotNtlmIsABrokenHandshake() {
        String notNtlm = Base64.getEncoder().encodeToString("not an NTLM message".getBytes(StandardCharsets.US_ASCII));
        assertBroken(logOn(serve(request -> answer(401, "WWW-Authenticate", "Negotiate " + notNtlm))), "NEGOTIATE",
                "not one hvmon can answer");
    }

    @Test
    void anErrorInsteadOfTheLogonIsABrokenHandshakeAfterAuthenticate() {
        NtlmServer ntlm = new NtlmServer(CredentialLookup.single(USER, "Pa55"), ServerIdentity.standalone("HV01"));
        CimException e = logOn(serve(request -> {
            byte[] token = Base64.getDecoder().decode(request.headers().first("Authorization").orElseThrow()
                    .substring("Negotiate ".length()));
            if (token[8] != 1) {
                return answer(500);
            }
            try {
                return answer(401, "WWW-Authenticate", "Negotiate " + Base64.getEncoder().encodeToString(
                        ntlm.challenge(token)));
            } catch (NtlmException x) {
                throw new IllegalStateException(x);
            }
        }));
        assertBroken(e, "AUTHENTICATE", "answered HTTP 500 instead of 200");
        assertThat(e.getMessage()).doesNotContain("not checked yet");
    }

    @Test
    void aHostOfferingNeitherSchemeSaysWhatItOffers() {
        CimException e = logOn(serve(request -> answer(401, "WWW-Authenticate", "Kerberos")));
        assertThat(e.kind()).isEqualTo(CimException.Kind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("does not accept Negotiate logons", "the host offers only Kerberos",
                "hvmon speaks Negotiate (NTLM) and Basic only",
                "winrm set winrm/config/service/auth @{Negotiate=\"true\"}");
    }
}
