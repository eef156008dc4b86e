package io.hvmon.wsman.kerberos;

import org.ietf.jgss.ChannelBinding;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSException;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.GSSName;

import javax.security.auth.Subject;
import java.util.concurrent.CompletionException;

/**
 * The client side of one SPNEGO/Kerberos logon to a host: the first token for the {@code Negotiate} header, then the
 * host's answer, which must prove the host's identity (mutual authentication) before anything is sent. Not
 * thread-safe: one per connection.
 */
public final class KerberosInitiator {

    private final KerberosLogin login;
    private final String spn;
    private final GSSContext context;

    private KerberosInitiator(KerberosLogin login, String spn, GSSContext context) {
        this.login = login;
        this.spn = spn;
        this.context = context;
    }

    /**
     * Starts a logon to the service {@code spn} ({@code HTTP/host.example.com}, with or without {@code @REALM}) as
     * the login's principal. {@code channelBinding} is the TLS channel's binding over https (RFC 5929), else null.
     */
    public static KerberosInitiator start(KerberosLogin login, String spn, byte[] channelBinding)
            throws KerberosException {
        Subject subject = login.subject();
        try {
            GSSContext context = Subject.callAs(subject, () -> {
                GSSManager manager = GSSManager.getInstance();
                GSSName service = manager.createName(spn, Mechanisms.KERBEROS_PRINCIPAL);
                GSSContext created = manager.createContext(service, Mechanisms.SPNEGO, null,
                        GSSContext.DEFAULT_LIFETIME);
                created.requestMutualAuth(true);
                created.requestConf(true);
                created.requestInteg(true);
                created.requestCredDeleg(false);
                if (channelBinding != null) {
                    created.setChannelBinding(new ChannelBinding(channelBinding));
                }
                return created;
            });
            return new KerberosInitiator(login, spn, context);
        } catch (CompletionException e) {
            throw KerberosProblems.initiator(spn, login.credentials(), e.getCause());
        }
    }

    /** The token for {@code Authorization: Negotiate}; asks the KDC for a service ticket for the SPN. */
    public byte[] firstToken() throws KerberosException {
        return step(new byte[0]);
    }

    /**
     * Takes the host's answer token (from {@code WWW-Authenticate: Negotiate} of its 200) and checks that the logon
     * is complete and the host proved who it is.
     */
    public void finish(byte[] answer) throws KerberosException {
        byte[] more = step(answer);
        if (!context.isEstablished() || (more != null && more.length > 0)) {
            throw new KerberosException(KerberosException.Kind.PROTOCOL, "the Kerberos logon to " + spn
                    + " needs more steps than WinRM takes; the host is not answering as WinRM does", null);
        }
        if (!context.getMutualAuthState()) {
            throw new KerberosException(KerberosException.Kind.PROTOCOL, "the host did not prove that it is " + spn
                    + " (no mutual authentication): hvmon sends nothing to a host that cannot", null);
        }
    }

    /** The sealing for WinRM message encryption over http, once {@link #finish} succeeded. */
    public GssSealing sealing() {
        return new GssSealing(context, GssSealing.SPNEGO_PROTOCOL);
    }

    private byte[] step(byte[] input) throws KerberosException {
        try {
            return Subject.callAs(login.subject(), () -> context.initSecContext(input, 0, input.length));
        } catch (CompletionException e) {
            throw KerberosProblems.initiator(spn, login.credentials(), e.getCause());
        }
    }

    /** Ends the context and forgets its keys. */
    public void dispose() {
        try {
            context.dispose();
        } catch (GSSException ignored) {
            // nothing left to free
        }
    }
}
