package io.hvmon.app.security;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The API's TLS: TLS 1.3 and 1.2 only, the certificate from a {@link ReloadingKeyManager}; for TLS 1.2 only
 * suites with forward secrecy (ECDHE, DHE) and authenticated encryption (AES-GCM, ChaCha20-Poly1305), no CBC.
 */
public record ServerTlsContext(SSLContext context, ReloadingKeyManager keys) {

    public static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    public static ServerTlsContext create(ReloadingKeyManager keys) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {keys}, null, null);
        return new ServerTlsContext(context, keys);
    }

    /**
     * The parameters every connection gets: the JDK's defaults (named groups, and the cipher suites in its order)
     * minus old protocols and minus TLS 1.2 suites without AEAD or forward secrecy.
     */
    public SSLParameters parameters() {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setCipherSuites(Arrays.stream(parameters.getCipherSuites())
                .filter(ServerTlsContext::acceptable).toArray(String[]::new));
        parameters.setUseCipherSuitesOrder(true);
        return parameters;
    }

    /** TLS 1.3 suites (all AEAD), and TLS 1.2 suites that are ECDHE/DHE with GCM or ChaCha20-Poly1305. */
    static boolean acceptable(String suite) {
        if (suite.startsWith("TLS_AES_") || suite.startsWith("TLS_CHACHA20_")) {
            return true;
        }
        boolean forwardSecret = suite.startsWith("TLS_ECDHE_") || suite.startsWith("TLS_DHE_");
        boolean aead = suite.contains("_GCM_") || suite.contains("_CHACHA20_POLY1305_");
        return forwardSecret && aead;
    }
}
