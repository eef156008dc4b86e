package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.client.WsManSettings.AuthScheme;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading WWW-Authenticate, and the words for each logon failure over http and over https. */
class AuthWordsTest {

    private static OfferedSchemes offered(String... headerValues) {
        HttpHeaders headers = HttpHeaders.of();
        for (String value : headerValues) {
            headers = headers.with("WWW-Authenticate", value);
        }
        return OfferedSchemes.of(HttpMessage.response(401, "Unauthorized", headers, new byte[0]));
    }

    @Test
    void oneHeaderPerSchemeAsWinRmSendsThem() {
        OfferedSchemes o = offered("Negotiate", "Basic realm=\"WSMAN\"", "Kerberos");
        assertThat(o.names()).containsExactly("Negotiate", "Basic", "Kerberos");
        assertThat(o.inWords()).isEqualTo("Negotiate, Basic and Kerberos");
        assertThat(o.offersNegotiate()).isTrue();
        assertThat(o.offersBasic()).isTrue();
        assertThat(o.challengeToken()).isEmpty();
    }

    @Test
    void severalChallengesInOneHeaderAndCommasInsideQuotes() {
        OfferedSchemes o = offered("Basic realm=\"a, b\", charset=\"UTF-8\", NTLM");
        assertThat(o.names()).containsExactly("Basic", "NTLM");
        assertThat(o.offersNegotiate()).as("raw NTLM goes under NTLM as well").isTrue();
    }

    @Test
    void whatIsNoSchemeNameIsIgnored() {
        assertThat(offered("Negotiate", "<script>alert(1)</script> x", "A".repeat(200)).names())
                .containsExactly("Negotiate");
    }

    @Test
    void theChallengeTokenFollowsNegotiateOrNtlm() {
        assertThat(offered("Negotiate TlRMTVNTUAACAAAA==").challengeToken()).contains("TlRMTVNTUAACAAAA==");
        assertThat(offered("ntlm TlRM").challengeToken()).contains("TlRM");
        assertThat(offered("Basic realm=\"WSMAN\"").challengeToken()).isEmpty();
    }

    @Test
    void noHeaderIsSaidInWords() {
        OfferedSchemes o = offered();
        assertThat(o.names()).isEmpty();
        assertThat(o.inWords()).contains("no WWW-Authenticate header");
        assertThat(o.offersBasic()).isFalse();
        assertThat(o.offersNegotiate()).isFalse();
    }

    @Test
    void basicNotOfferedOverHttpsNeedsNoWordAboutAllowUnencrypted() {
        CimException e = AuthFailures.notOffered(new AuthAttempt("hv01:5986", AuthScheme.BASIC, "EX\\monitor", true),
                offered("Negotiate", "Kerberos"));
        assertThat(e.kind()).isEqualTo(CimException.Kind.AUTHENTICATION);
        assertThat(e.getMessage()).isEqualTo("hv01:5986 does not accept Basic logons: hvmon tried Basic as user"
                + " EX\\monitor, and the host offers Negotiate and Kerberos. Set \"auth\": \"negotiate\" for this host"
                + " in config.json (hvmon query: --auth negotiate). To use Basic instead, enable it on the host:"
                + " winrm set winrm/config/service/auth @{Basic=\"true\"}.");
    }

    @Test
    void negotiateNotOfferedOverHttpAsksForHttpsWithBasic() {
        String text = AuthFailures.notOffered(new AuthAttempt("hv01:5985", AuthScheme.NEGOTIATE, "monitor", false),
                offered("Basic realm=\"WSMAN\"")).getMessage();
        assertThat(text).contains("the host offers only Basic", "--auth basic", "connect over https",
                "AllowUnencrypted=true", "@{Negotiate=\"true\"}");
    }

    @Test
    void aRefusedBasicLogonOverHttpsIsAboutTheAccountOnly() {
        String text = AuthFailures.refused(new AuthAttempt("hv01:5986", AuthScheme.BASIC, "monitor", true),
                offered("Negotiate", "Basic realm=\"WSMAN\"")).getMessage();
        assertThat(text).isEqualTo("hv01:5986 refused the user name or password of monitor (Basic, HTTP 401). The"
                + " host offers Negotiate and Basic, so the scheme is right: the user name or password is wrong, or"
                + " the account is locked, disabled or not allowed to log on remotely (it must be an administrator or"
                + " in Remote Management Users on the host).");
    }
}
