package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.kerberos.KerberosException;

/**
 * The words for a failed Kerberos logon to a host: what hvmon tried (user, SPN), what went wrong and the fix.
 * Failures before the host is asked (at the KDC) come in words from {@link KerberosException}.
 */
final class KerberosFailures {

    private KerberosFailures() {
    }

    static CimException of(AuthAttempt tried, KerberosException e) {
        CimException.Kind kind = switch (e.kind()) {
            case UNREACHABLE -> CimException.Kind.UNREACHABLE;
            case PROTOCOL -> CimException.Kind.PROTOCOL;
            case CREDENTIALS, SETUP, CLOCK -> CimException.Kind.AUTHENTICATION;
        };
        String who = tried.user().isBlank() ? "the ticket cache's principal" : tried.user();
        return new CimException(kind, "Kerberos logon to " + tried.host() + " as " + who + " failed: "
                + e.getMessage(), e);
    }

    /** The host offers Negotiate but answered the ticket with 401. */
    static CimException refused(AuthAttempt tried, String spn, OfferedSchemes offered) {
        return new CimException(CimException.Kind.AUTHENTICATION, tried.host() + " refused the Kerberos ticket"
                + " of " + tried.user() + " for " + spn + " (HTTP 401; the host offers " + offered.inWords() + ")."
                + " The KDC issued the ticket, so the user and password are right; the host could not use it: the"
                + " SPN may belong to another account than this host's (setspn -Q " + spn + "), the host's and"
                + " this machine's clocks may differ by more than 5 minutes, the host may require channel binding"
                + " that a TLS-intercepting proxy breaks, or the user is not allowed to log on remotely there (it"
                + " must be an administrator or in Remote Management Users).");
    }

    static CimException broken(AuthAttempt tried, String spn, String answer) {
        return new CimException(CimException.Kind.PROTOCOL, "the Kerberos logon to " + tried.host() + " (" + spn
                + ") as " + tried.user() + " broke: " + answer + ". Check that the URL is the host's WinRM"
                + " listener (http://HOST:5985/wsman or https://HOST:5986/wsman) and that no proxy answers for it.");
    }
}
