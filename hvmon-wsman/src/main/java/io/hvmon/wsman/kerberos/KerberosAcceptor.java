package io.hvmon.wsman.kerberos;

import org.ietf.jgss.ChannelBinding;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSCredential;
import org.ietf.jgss.GSSException;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.Oid;

import javax.security.auth.Subject;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;

/**
 * The host side of Kerberos logons, as a domain-joined Windows host accepts them: the service's keys come from a
 * keytab (no KDC is asked), and each logon is one token in, one token out (the AP-REP that proves the host's
 * identity). Accepts SPNEGO tokens (Windows, hvmon) and raw Kerberos ones (pykerberos). Thread-safe.
 */
public final class KerberosAcceptor {

    /** A completed logon: the answer token for {@code WWW-Authenticate}, who logged on, and the session's sealing. */
    public record Accepted(byte[] answer, String client, GssSealing sealing) {
    }

    private final Subject subject;
    private final GSSCredential credential;

    private KerberosAcceptor(Subject subject, GSSCredential credential) {
        this.subject = subject;
        this.credential = credential;
    }

    /** Reads the service's keys for {@code principal} (e.g. {@code HTTP/hv01.example.com@EXAMPLE.COM}). */
    public static KerberosAcceptor fromKeytab(String principal, Path keytab) throws KerberosException {
        KerberosCredentials.Keytab keys = new KerberosCredentials.Keytab(principal, keytab);
        Subject subject = KerberosLogin.login(keys, true);
        try {
            GSSCredential credential = Subject.callAs(subject, () -> GSSManager.getInstance().createCredential(
                    GSSManager.getInstance().createName(keys.principal(), Mechanisms.KERBEROS_PRINCIPAL),
                    GSSCredential.INDEFINITE_LIFETIME, new Oid[] {Mechanisms.KERBEROS, Mechanisms.SPNEGO},
                    GSSCredential.ACCEPT_ONLY));
            return new KerberosAcceptor(subject, credential);
        } catch (CompletionException e) {
            throw new KerberosException(KerberosException.Kind.SETUP, "cannot use the keys of " + keys.principal()
                    + " in " + keytab + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Accepts one logon token. {@code channelBinding} non-null requires the client's token to carry that TLS channel
     * binding (CbtHardeningLevel=Strict); {@code protocol} is the encryption protocol name the session answers with.
     */
    public Accepted accept(byte[] token, byte[] channelBinding, String protocol) throws GSSException {
        try {
            return Subject.callAs(subject, () -> {
                GSSContext context = GSSManager.getInstance().createContext(credential);
                if (channelBinding != null) {
                    context.setChannelBinding(new ChannelBinding(channelBinding));
                }
                byte[] answer = context.acceptSecContext(token, 0, token.length);
                if (!context.isEstablished()) {
                    context.dispose();
                    throw new GSSException(GSSException.DEFECTIVE_TOKEN, -1,
                            "the logon needs more than one token; WinRM clients send one");
                }
                return new Accepted(answer == null ? new byte[0] : answer, context.getSrcName().toString(),
                        new GssSealing(context, protocol));
            });
        } catch (CompletionException e) {
            if (e.getCause() instanceof GSSException g) {
                throw g;
            }
            throw new GSSException(GSSException.FAILURE, -1, String.valueOf(e.getCause()));
        }
    }
}
