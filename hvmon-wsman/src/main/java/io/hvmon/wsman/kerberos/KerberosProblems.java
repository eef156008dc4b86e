package io.hvmon.wsman.kerberos;

import io.hvmon.wsman.kerberos.KerberosException.Kind;

import javax.security.auth.login.LoginException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JDK's Kerberos exceptions into what happened, why, and the fix. The JDK reports the KDC's error codes
 * (RFC 4120 §7.5.9) as "text (code)" in its messages, so that is what is read here; no internal class is touched.
 */
final class KerberosProblems {

    private static final Pattern CODE = Pattern.compile("\\((\\d{1,2})\\)");
    private static final String SYNC_CLOCK = "make this machine's clock follow the domain's time (NTP from the domain"
            + " controllers, e.g. chrony or systemd-timesyncd)";

    private KerberosProblems() {
    }

    /** A failed logon to the KDC (getting the TGT). */
    static KerberosException login(KerberosCredentials credentials, LoginException e) {
        return translate("logging on to the KDC with the " + credentials, credentials, null, e);
    }

    /** A failed step of the logon to a host (getting the service ticket, or checking the host's answer). */
    static KerberosException initiator(String spn, KerberosCredentials credentials, Throwable e) {
        return translate("getting a Kerberos ticket for " + spn + " with the " + credentials, credentials, spn, e);
    }

    private static KerberosException translate(String doing, KerberosCredentials credentials, String spn,
                                               Throwable e) {
        String text = chain(e);
        String who = credentials.principal() == null ? "the ticket cache's principal" : credentials.principal();
        String lower = text.toLowerCase(Locale.ROOT);
        Integer code = code(text);
        if (code != null) {
            switch (code) {
                case 37 -> {
                    return problem(Kind.CLOCK, doing, "this machine's clock and the KDC's differ by more than"
                            + " Kerberos allows (5 minutes by default)", SYNC_CLOCK, e);
                }
                case 6 -> {
                    return problem(Kind.CREDENTIALS, doing, "the KDC does not know the user " + who,
                            "check the user name and its realm (user@REALM, the realm in capitals as in krb5.conf)", e);
                }
                case 24, 31 -> {
                    return problem(Kind.CREDENTIALS, doing, (credentials instanceof KerberosCredentials.Keytab
                            ? "the keytab's key for " + who + " is not the KDC's (the password changed since the"
                            + " keytab was made, or its key version is old)"
                            : "the KDC refused the password of " + who),
                            credentials instanceof KerberosCredentials.Keytab ? "make the keytab again (ktpass on"
                            + " Windows, ktutil on Linux)" : "check the password (password_env or password_file)",
                            e);
                }
                case 18 -> {
                    return problem(Kind.CREDENTIALS, doing, "the account " + who + " is disabled or locked out",
                            "unlock or enable it in Active Directory", e);
                }
                case 23 -> {
                    return problem(Kind.CREDENTIALS, doing, "the password of " + who + " has expired",
                            "set a new password (service accounts: \"password never expires\")", e);
                }
                case 7 -> {
                    return problem(Kind.SETUP, doing, "the KDC knows no service principal " + (spn == null
                            ? "for the host" : spn), "use the host's name as Active Directory knows it (its fully"
                            + " qualified DNS name, not an IP address or an alias), or give its SPN with \"spn\";"
                            + " on Windows, setspn -Q " + (spn == null ? "HTTP/host" : spn) + " shows whether it"
                            + " exists", e);
                }
                case 14 -> {
                    return problem(Kind.SETUP, doing, "the KDC and hvmon share no encryption type",
                            "allow AES for the account in Active Directory (msDS-SupportedEncryptionTypes); hvmon"
                            + " does not use RC4 or DES", e);
                }
                case 41 -> {
                    return problem(Kind.CREDENTIALS, doing, "a Kerberos message failed its integrity check (the"
                            + " host's keys do not match the KDC's)", "check that the SPN belongs to that host's"
                            + " account only", e);
                }
                default -> {
                    // below: the words the JDK uses where the KDC sent no code
                }
            }
        }
        if (lower.contains("sun.security.krb5.config") || lower.contains("classcastexception")
                || lower.contains("krb5.conf") && lower.contains("syntax")) {
            return problem(Kind.SETUP, doing, "Java cannot read " + Krb5Config.inUse(), "check its syntax; Java's"
                    + " reader is stricter than MIT's: put each realm's { and } on lines of their own", e);
        }
        if (lower.contains("cannot locate default realm") || lower.contains("cannot locate kdc")
                || (lower.contains("krb5.conf") && lower.contains("no such file"))) {
            return problem(Kind.SETUP, doing, "no realm or KDC is configured (krb5.conf: " + Krb5Config.inUse()
                    + ")", "write a krb5.conf with default_realm and the realm's kdc, and point hvmon at it with"
                    + " kerberos.krb5_conf in config.json or KRB5_CONFIG", e);
        }
        if (lower.contains("cannot contact any kdc") || lower.contains("receive timed out")
                || lower.contains("cannot get a kdc reply") || lower.contains("network is unreachable")
                || has(e, java.net.NoRouteToHostException.class) || has(e, java.net.UnknownHostException.class)
                || has(e, ConnectException.class) || has(e, SocketTimeoutException.class)
                || lower.contains("connection refused")) {
            return problem(Kind.UNREACHABLE, doing, "no KDC of the realm answered", "check the kdc lines of "
                    + Krb5Config.inUse() + ", and that this machine reaches them on port 88 (TCP and UDP)", e);
        }
        if (credentials instanceof KerberosCredentials.TicketCache
                && (lower.contains("unable to obtain principal name") || lower.contains("no valid credentials")
                || lower.contains("failed to find any kerberos tgt") || lower.contains("ticket cache"))) {
            return problem(Kind.SETUP, doing, "the ticket cache holds no usable ticket",
                    "run kinit (as the account that runs hvmon) or give a keytab or a password instead", e);
        }
        if (credentials instanceof KerberosCredentials.Keytab
                && lower.contains("unable to obtain password from user")) {
            return problem(Kind.SETUP, doing, "the keytab has no key for " + who,
                    "list it with klist -k and use a principal it holds", e);
        }
        return problem(Kind.PROTOCOL, doing, "Kerberos failed: " + text, "see docs/CONFIG.md, \"Kerberos\"", e);
    }

    private static KerberosException problem(Kind kind, String doing, String what, String fix, Throwable cause) {
        return new KerberosException(kind, what + " (while " + doing + "): " + fix + ".", cause);
    }

    /** The first "(N)" error code in the messages (the top one is the KDC's; deeper causes repeat or obscure it). */
    private static Integer code(String text) {
        Matcher m = CODE.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String chain(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2000; t = t.getCause()) {
            if (t.getMessage() != null) { // first lines only: some JDK messages carry a whole stack trace
                String message = t.getMessage().lines().findFirst().orElse("").strip();
                text.append(text.isEmpty() ? "" : "; ").append(message);
            }
        }
        return text.isEmpty() ? String.valueOf(e) : text.toString();
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
