package io.hvmon.wsman.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Locale;

/**
 * TLS channel bindings as WinRM checks them (CbtHardeningLevel): the application data
 * {@code "tls-server-end-point:" || hash(server certificate)} of RFC 5929 §4, hashed with the certificate's signature
 * hash, where MD5 and SHA-1 become SHA-256.
 */
public final class ChannelBindings {

    private static final byte[] PREFIX = "tls-server-end-point:".getBytes(StandardCharsets.US_ASCII);

    private ChannelBindings() {
    }

    /** The channel binding application data for a TLS server's certificate. */
    public static byte[] tlsServerEndPoint(X509Certificate certificate) throws IOException {
        try {
            byte[] hash = MessageDigest.getInstance(hashOf(certificate.getSigAlgName())).digest(certificate.getEncoded());
            byte[] out = new byte[PREFIX.length + hash.length];
            System.arraycopy(PREFIX, 0, out, 0, PREFIX.length);
            System.arraycopy(hash, 0, out, PREFIX.length, hash.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot compute the TLS channel binding: " + e.getMessage(), e);
        }
    }

    /** SHA384withRSA → SHA-384; MD5, SHA-1 and anything unknown → SHA-256 (RFC 5929 §4.1). */
    static String hashOf(String signatureAlgorithm) {
        String upper = signatureAlgorithm.toUpperCase(Locale.ROOT);
        if (upper.startsWith("SHA384") || upper.contains("SHA-384")) {
            return "SHA-384";
        }
        if (upper.startsWith("SHA512") || upper.contains("SHA-512")) {
            return "SHA-512";
        }
        return "SHA-256";
    }
}
