package io.hvmon.app.testing;

import io.hvmon.wsman.http.TlsContexts;

import javax.net.ssl.SSLContext;
import java.security.GeneralSecurityException;

/** For tests that look at the server's TLS rules, not its certificate: a client context that trusts any certificate. */
public final class TrustAllTls {

    private TrustAllTls() {
    }

    public static SSLContext context() throws GeneralSecurityException {
        return TlsContexts.unchecked();
    }
}
