package io.hvmon.app.security;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.security.GeneralSecurityException;

/** The API's TLS: TLS 1.3 and 1.2 only, the certificate from a {@link ReloadingKeyManager}. */
public record ServerTlsContext(SSLContext context, ReloadingKeyManager keys) {

    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    public static ServerTlsContext create(ReloadingKeyManager keys) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {keys}, null, null);
        return new ServerTlsContext(context, keys);
    }

    /** The parameters every connection gets: the JDK's defaults (ciphers, named groups) minus old protocols. */
    public SSLParameters parameters() {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setUseCipherSuitesOrder(true);
        return parameters;
    }
}
