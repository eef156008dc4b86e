package io.hvmon.simulator.wsman;

import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import io.hvmon.wsman.encryption.NtlmSealing;
import io.hvmon.wsman.encryption.SessionSealing;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;
import io.hvmon.wsman.kerberos.GssSealing;
import io.hvmon.wsman.kerberos.KerberosAcceptor;
import io.hvmon.wsman.ntlm.CredentialLookup;
import io.hvmon.wsman.ntlm.NtlmException;
import io.hvmon.wsman.ntlm.NtlmServer;
import io.hvmon.wsman.ntlm.NtlmSession;
import io.hvmon.wsman.ntlm.ServerIdentity;

import org.ietf.jgss.GSSException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The authentication state of one connection, as WinRM keeps it: Basic checks every request on its own; a completed
 * NTLM handshake authenticates the connection and yields the session that seals its messages.
 */
final class EndpointAuth {

    private static final Logger LOG = Logger.getLogger(EndpointAuth.class.getName());

    /** The outcome for one request: answer at once (a challenge, a refusal), or go on with the body. */
    sealed interface Outcome {
        record Answer(HttpMessage response) implements Outcome {
        }

        /**
         * Authenticated: by Basic for this request, or by the connection's session (sealing when non-null).
         * {@code answer} carries headers the response must have: the Kerberos AP-REP when the logon token came
         * with this request, which clients that require mutual authentication (requests-kerberos) check.
         */
        record Proceed(SessionSealing sealing, HttpHeaders answer) implements Outcome {
            Proceed(SessionSealing sealing) {
                this(sealing, HttpHeaders.of());
            }
        }
    }

    private final EndpointOptions options;
    private final boolean https;
    private final NtlmServer ntlm;
    private SessionSealing session;
    /** This https connection's TLS channel binding (RFC 5929), null over http. */
    private byte[] channelBinding;
    /** An injected failure is pending: the next logon on this connection is refused as a wrong password is. */
    private boolean refuseLogon;

    EndpointAuth(EndpointOptions options, String machine) {
        this.options = options;
        this.https = options.tls() != null;
        this.ntlm = new NtlmServer(CredentialLookup.single(options.user(), new String(options.password())),
                ServerIdentity.standalone(machine));
    }

    Outcome check(HttpMessage request) {
        Optional<String> authorization = request.headers().first("Authorization");
        if (authorization.isEmpty()) {
            if (session != null && refuseLogon) {
                LOG.fine("injected failure: the connection's logon is dropped");
                refuseLogon = false;
                session = null;
            }
            return session != null ? new Outcome.Proceed(session) : new Outcome.Answer(challenges());
        }
        String value = authorization.get().strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Basic") && options.schemes().contains(Scheme.BASIC)) {
            return basic(token);
        }
        boolean emptyBody = request.body().length == 0;
        if (scheme.equalsIgnoreCase("Negotiate") && !looksLikeNtlm(token)) {
            return options.schemes().contains(Scheme.KERBEROS) ? kerberos(scheme, token, emptyBody)
                    : new Outcome.Answer(challenges());
        }
        if (scheme.equalsIgnoreCase("Kerberos") && options.schemes().contains(Scheme.KERBEROS)) {
            return kerberos(scheme, token, emptyBody);
        }
        if ((scheme.equalsIgnoreCase("Negotiate") || scheme.equalsIgnoreCase("NTLM"))
                && options.schemes().contains(Scheme.NEGOTIATE)) {
            return ntlm(scheme, token, emptyBody);
        }
        return new Outcome.Answer(challenges());
    }

    /** The TLS channel binding of this (https) connection, which logons are checked against. */
    void bindTo(byte[] applicationData) {
        channelBinding = applicationData.clone();
    }

    /** The binding to check logons against: none over http or with CbtHardeningLevel None. */
    private byte[] bindingToCheck() {
        return options.cbtHardening() == CbtHardening.NONE ? null : channelBinding;
    }

    /** Forgets the connection's authentication (a client starting over, or a message that failed to unseal). */
    void reset() {
        session = null;
    }

    /**
     * Injects a logon failure, shaped as Windows refuses a wrong password: the logon under way on this connection
     * (a Basic request, or the NTLM AUTHENTICATE after this request's challenge) gets a 401, or, on a connection
     * that already logged on, that logon is dropped and the request gets a 401.
     */
    void refuseNextLogon() {
        refuseLogon = true;
    }

    boolean https() {
        return https;
    }

    private Outcome basic(String token) {
        if (!https && !options.allowUnencrypted()) {
            return new Outcome.Answer(challenges()); // AllowUnencrypted=false: Basic over http is refused, as on Windows
        }
        if (refuseLogon) {
            LOG.fine("injected failure: Basic logon refused");
            refuseLogon = false;
            return new Outcome.Answer(challenges());
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Outcome.Answer(challenges());
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        byte[] given = (colon < 0 ? "" : decoded.substring(colon + 1)).getBytes(StandardCharsets.UTF_8);
        byte[] expected = new String(options.password()).getBytes(StandardCharsets.UTF_8);
        boolean userOk = accountName(user).equals(accountName(options.user()));
        boolean passwordOk = MessageDigest.isEqual(given, expected); // constant time
        if (userOk && passwordOk) {
            return new Outcome.Proceed(null);
        }
        LOG.fine("Basic logon refused");
        return new Outcome.Answer(challenges());
    }

    private Outcome ntlm(String scheme, String token, boolean emptyBody) {
        byte[] message;
        try {
            message = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return new Outcome.Answer(challenges());
        }
        try {
            int type = message.length > 8 ? message[8] : 0;
            if (type == 1) {
                session = null; // a new handshake on the connection resets everything
                byte[] challenge = ntlm.challenge(message);
                return new Outcome.Answer(unauthorized(HttpHeaders.of("WWW-Authenticate",
                        scheme + " " + Base64.getEncoder().encodeToString(challenge))));
            }
            if (type == 3 && refuseLogon) {
                LOG.fine("injected failure: NTLM logon refused");
                refuseLogon = false;
                session = null;
                return new Outcome.Answer(challenges());
            }
            if (type == 3) {
                NtlmSession authenticated = ntlm.authenticate(message, bindingToCheck(),
                        options.cbtHardening() == CbtHardening.STRICT);
                session = new NtlmSealing(authenticated);
                // pywinrm and most clients finish the handshake with an empty POST and expect 200; virt-who sends
                // its first (sealed) message along with AUTHENTICATE.
                return emptyBody ? new Outcome.Answer(EndpointResponses.empty(200)) : new Outcome.Proceed(session);
            }
        } catch (NtlmException e) {
            LOG.fine(() -> "NTLM logon refused: " + e.getMessage());
        }
        session = null;
        return new Outcome.Answer(challenges());
    }

    /** NTLMSSP tokens start with "NTLMSSP\0", base64 "TlRMTVNTUA"; SPNEGO and Kerberos ones are DER. */
    private static boolean looksLikeNtlm(String token) {
        return token.startsWith("TlRMTVNTUA");
    }

    /**
     * A Kerberos logon: one token in (SPNEGO or raw Kerberos), the AP-REP out. As on Windows the logon completes in
     * one leg: an empty-bodied POST gets 200 with the answer token; a POST with a body is served at once.
     */
    private Outcome kerberos(String scheme, String token, boolean emptyBody) {
        session = null; // a new logon on the connection replaces the old one
        if (refuseLogon) {
            LOG.fine("injected failure: Kerberos logon refused");
            refuseLogon = false;
            return new Outcome.Answer(challenges());
        }
        KerberosAcceptor.Accepted accepted;
        try {
            byte[] ticket = Base64.getDecoder().decode(token);
            String protocol = scheme.equalsIgnoreCase("Kerberos") ? GssSealing.KERBEROS_PROTOCOL
                    : GssSealing.SPNEGO_PROTOCOL;
            // The JDK checks a binding only as a must-have (a missing one fails too), so the simulator checks
            // Kerberos bindings under Strict only; Relaxed accepts any (documented).
            byte[] binding = options.cbtHardening() == CbtHardening.STRICT ? bindingToCheck() : null;
            accepted = options.kerberos().accept(ticket, binding, protocol);
        } catch (IllegalArgumentException | GSSException e) {
            LOG.fine(() -> "Kerberos logon refused: " + e.getMessage());
            return new Outcome.Answer(challenges());
        } catch (RuntimeException e) { // the JDK's Kerberos failing on its own (an unreadable krb5.conf, say)
            LOG.warning(() -> "Kerberos logon failed inside the JDK: " + e);
            return new Outcome.Answer(challenges());
        }
        if (!accountName(accepted.client()).equals(accountName(options.user()))) {
            LOG.fine(() -> "Kerberos logon of " + accepted.client() + " refused: not the endpoint's user");
            return new Outcome.Answer(challenges());
        }
        session = accepted.sealing();
        HttpHeaders answer = HttpHeaders.of("WWW-Authenticate", scheme + " "
                + Base64.getEncoder().encodeToString(accepted.answer()));
        return emptyBody ? new Outcome.Answer(EndpointResponses.empty(200, answer))
                : new Outcome.Proceed(session, answer);
    }

    /** 401 with one WWW-Authenticate per offered scheme, empty body, as WinRM answers. */
    HttpMessage challenges() {
        HttpHeaders headers = HttpHeaders.of();
        if (options.schemes().contains(Scheme.NEGOTIATE) || options.schemes().contains(Scheme.KERBEROS)) {
            headers = headers.with("WWW-Authenticate", "Negotiate");
        }
        if (options.schemes().contains(Scheme.KERBEROS)) {
            headers = headers.with("WWW-Authenticate", "Kerberos");
        }
        if (options.schemes().contains(Scheme.BASIC)) {
            headers = headers.with("WWW-Authenticate", "Basic realm=\"WSMAN\"");
        }
        return unauthorized(headers);
    }

    private static HttpMessage unauthorized(HttpHeaders headers) {
        return EndpointResponses.empty(401, headers);
    }

    /** {@code HOST\\user}, {@code user@REALM} and {@code user} name the same account. */
    private static String accountName(String user) {
        int slash = user.lastIndexOf('\\');
        String name = slash < 0 ? user : user.substring(slash + 1);
        int at = name.indexOf('@');
        return (at < 0 ? name : name.substring(0, at)).toLowerCase(Locale.ROOT);
    }
}
