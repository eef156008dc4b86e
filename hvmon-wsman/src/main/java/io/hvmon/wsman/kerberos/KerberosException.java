package io.hvmon.wsman.kerberos;

/**
 * A Kerberos step failed. The message is for the person running hvmon: what failed, the likely cause and the fix,
 * never a password or key material.
 */
public class KerberosException extends Exception {

    /** What kind of failure, so that callers can tell a refused logon from a broken setup or an unreachable KDC. */
    public enum Kind {
        /** The KDC or the host refused the credentials: wrong password or key, unknown or locked principal. */
        CREDENTIALS,
        /** Kerberos is not set up right here: no realm or krb5.conf, no keytab, no ticket cache, no SPN. */
        SETUP,
        /** The KDC could not be reached. */
        UNREACHABLE,
        /** Clocks differ by more than the allowed skew. */
        CLOCK,
        /** The exchange with the host broke, or the host failed to prove who it is. */
        PROTOCOL
    }

    private final Kind kind;

    public KerberosException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
