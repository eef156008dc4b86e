package io.hvmon.wsman.kerberos;

import org.ietf.jgss.GSSException;
import org.ietf.jgss.Oid;

/** The GSS mechanisms WinRM's {@code Negotiate} header carries. */
final class Mechanisms {

    /** SPNEGO (RFC 4178), what Windows clients send. */
    static final Oid SPNEGO = oid("1.3.6.1.5.5.2");
    /** Kerberos V5 (RFC 4121), what pykerberos and requests-kerberos send, raw. */
    static final Oid KERBEROS = oid("1.2.840.113554.1.2.2");
    /** A Kerberos principal name, {@code service/host@REALM} or {@code user@REALM}. */
    static final Oid KERBEROS_PRINCIPAL = oid("1.2.840.113554.1.2.2.1");

    private Mechanisms() {
    }

    private static Oid oid(String dotted) {
        try {
            return new Oid(dotted);
        } catch (GSSException e) {
            throw new IllegalStateException(e);
        }
    }
}
