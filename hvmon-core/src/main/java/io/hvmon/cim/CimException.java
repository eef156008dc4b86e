package io.hvmon.cim;

/**
 * A CIM operation failed. The message is written for the person running hvmon: what failed and, where known, why
 * and what to do. It never contains a secret.
 */
public class CimException extends Exception {

    /** What kind of failure, so callers can react (and users can tell causes apart) without parsing messages. */
    public enum Kind {
        /** The query was refused: bad WQL, unknown class or property ("cannot process filter"). */
        INVALID_QUERY,
        /** The instance, class or namespace does not exist. */
        NOT_FOUND,
        /** Credentials were refused. */
        AUTHENTICATION,
        /** Credentials accepted but the account may not read this. */
        ACCESS_DENIED,
        /** The TLS handshake or certificate verification failed. */
        TLS,
        /** The host could not be reached: DNS, connection refused, no route. */
        UNREACHABLE,
        /** No answer in time. */
        TIMEOUT,
        /** The answer could not be understood: malformed XML, unexpected shape, over a size limit. */
        PROTOCOL,
        /** The server reported a fault that is none of the above. */
        FAULT,
        /** The operation is not supported by this source (e.g. local WMI on a non-Windows machine). */
        UNSUPPORTED
    }

    private final Kind kind;

    public CimException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CimException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
