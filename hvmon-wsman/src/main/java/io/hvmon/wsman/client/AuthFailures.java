package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.client.WsManSettings.AuthScheme;

/**
 * The words for a failed logon. Three causes need three different remedies, so they are never blurred: the host does
 * not offer the scheme hvmon used (change "auth", or enable the scheme on the host); the host offers it but refused
 * the credentials (fix the user, the password or the account); the handshake broke before the credentials were judged
 * (something between hvmon and WinRM, or not WinRM at all). Each message says what hvmon tried, what the host offered
 * in its {@code WWW-Authenticate} headers, and what to configure.
 */
final class AuthFailures {

    private static final String ENABLE_BASIC = "winrm set winrm/config/service/auth @{Basic=\"true\"}";
    private static final String ENABLE_NEGOTIATE = "winrm set winrm/config/service/auth @{Negotiate=\"true\"}";
    private static final String ALLOW_UNENCRYPTED = "winrm set winrm/config/service @{AllowUnencrypted=\"true\"}";

    private AuthFailures() {
    }

    /** The host answered 401 without offering the scheme hvmon used. */
    static CimException notOffered(AuthAttempt tried, OfferedSchemes offered) {
        String offers = offered.names().size() == 1 ? "only " + offered.inWords() : offered.inWords();
        return new CimException(CimException.Kind.AUTHENTICATION, tried.host() + " does not accept "
                + tried.schemeName() + " logons: hvmon tried " + tried.schemeInWords() + " as user " + tried.user()
                + ", and the host offers " + offers + ". " + remedy(tried, offered));
    }

    /** The host offers the scheme but answered the credentials with 401. */
    static CimException refused(AuthAttempt tried, OfferedSchemes offered) {
        boolean basicOverHttp = tried.scheme() == AuthScheme.BASIC && !tried.https();
        String text = tried.host() + " refused the user name or password of " + tried.user() + " ("
                + (tried.scheme() == AuthScheme.BASIC ? "Basic" : "Negotiate/NTLM") + (basicOverHttp ? " over http" : "")
                + ", HTTP 401). The host offers "
                + (offered.names().isEmpty() ? tried.schemeName() : offered.inWords())
                + ", so the scheme is right: the user name or password is wrong, or the account is locked, disabled"
                + " or not allowed to log on remotely (it must be an administrator or in Remote Management Users on"
                + " the host).";
        if (basicOverHttp) {
            text += " Over http the refusal can also come from the host's AllowUnencrypted=false, under which Windows"
                    + " refuses every Basic logon over http: prefer https (port 5986), or " + ALLOW_UNENCRYPTED
                    + " on the host, which lets the password cross the network readable.";
        }
        return new CimException(CimException.Kind.AUTHENTICATION, text);
    }

    /**
     * The NTLM handshake did not complete: an answer that no WinRM host gives to that leg.
     *
     * @param leg       the message hvmon had sent: "NEGOTIATE" or "AUTHENTICATE"
     * @param answer    what came back, e.g. "the host answered HTTP 200 instead of a 401 challenge"
     * @param offered   the schemes offered, when the answer was a 401; null otherwise
     */
    static CimException handshakeBroken(AuthAttempt tried, String leg, String answer, OfferedSchemes offered) {
        return new CimException(CimException.Kind.PROTOCOL, "the Negotiate (NTLM) handshake with " + tried.host()
                + " broke: hvmon sent its " + leg + " message as user " + tried.user() + " and " + answer
                + (offered == null ? "" : "; the host offers " + offered.inWords()) + "."
                + (leg.equals("NEGOTIATE") ? " The user name and password were not checked yet." : "")
                + " NTLM needs its whole handshake on one kept-alive connection: check that the URL is the host's"
                + " WinRM listener (http://HOST:5985/wsman or https://HOST:5986/wsman) and that no proxy or load"
                + " balancer in between answers for it or splits the connection.");
    }

    /**
     * The host offers Negotiate but answered hvmon's NTLM NEGOTIATE with a bare 401: what a host does where NTLM is
     * blocked (domain policy, or Kerberos only), so Kerberos is the way in.
     */
    static CimException ntlmNotAnswered(AuthAttempt tried, OfferedSchemes offered) {
        return new CimException(CimException.Kind.AUTHENTICATION, tried.host() + " did not answer hvmon's NTLM"
                + " NEGOTIATE with a challenge (HTTP 401 without a token; the host offers " + offered.inWords()
                + "): the host does not accept NTLM, as where a domain policy blocks it. Set \"auth\": \"kerberos\""
                + " for this host in config.json (hvmon query: --auth kerberos); see docs/CONFIG.md, \"Kerberos\"."
                + " The user name and password were not checked.");
    }

    /** 401 on a connection whose NTLM handshake had succeeded: the host no longer honours that logon. */
    static CimException logonDropped(AuthAttempt tried, OfferedSchemes offered) {
        return new CimException(CimException.Kind.AUTHENTICATION, tried.host() + " stopped accepting the "
                + tried.schemeInWords() + " logon of " + tried.user() + " on this connection (HTTP 401 after a"
                + " completed handshake; the host offers " + offered.inWords() + "): the account may have been"
                + " locked or disabled, or its password changed, since the connection logged on. hvmon logs on"
                + " afresh with the next request.");
    }

    private static String remedy(AuthAttempt tried, OfferedSchemes offered) {
        if (tried.scheme() == AuthScheme.BASIC && offered.offersNegotiate()) {
            return "Set \"auth\": \"negotiate\" for this host in config.json (hvmon query: --auth negotiate)."
                    + (tried.https() ? " To use Basic instead, enable it on the host: " + ENABLE_BASIC + "."
                    : " To use Basic instead, enable it on the host (" + ENABLE_BASIC + ") and connect over https:"
                    + " over http Windows also needs AllowUnencrypted=true, and the password would cross the"
                    + " network readable.");
        }
        if (tried.scheme() == AuthScheme.NEGOTIATE && offered.offersBasic()) {
            return "Set \"auth\": \"basic\" for this host in config.json (hvmon query: --auth basic)"
                    + (tried.https() ? "." : " and connect over https: Windows accepts Basic over http only with"
                    + " AllowUnencrypted=true, and the password would cross the network readable.")
                    + " Or enable Negotiate on the host: " + ENABLE_NEGOTIATE + ".";
        }
        return "hvmon speaks Negotiate (NTLM) and Basic only: enable Negotiate on the host (" + ENABLE_NEGOTIATE + ")"
                + (tried.scheme() == AuthScheme.BASIC
                ? " and set \"auth\": \"negotiate\" for this host in config.json (hvmon query: --auth negotiate)." : ".");
    }
}
