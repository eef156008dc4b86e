package io.hvmon.app.security;

import io.hvmon.model.Timestamps;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/** A server's private key and certificate chain (leaf first), checked to belong together. */
public record ServerCredentials(PrivateKey key, List<X509Certificate> chain) {

    public ServerCredentials {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no certificate");
        }
    }

    public X509Certificate leaf() {
        return chain.getFirst();
    }

    /** Signs a test message with the key and verifies it with the leaf's public key: catches a swapped key file. */
    public static ServerCredentials checked(PrivateKey key, List<X509Certificate> chain) throws GeneralSecurityException {
        ServerCredentials credentials = new ServerCredentials(key, chain);
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new GeneralSecurityException("unsupported key type " + key.getAlgorithm()
                    + " (expected RSA or EC)");
        };
        byte[] message = "hvmon key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        try {
            verifier.initVerify(credentials.leaf().getPublicKey());
            verifier.update(message);
            if (verifier.verify(signature)) {
                return credentials;
            }
        } catch (java.security.InvalidKeyException e) {
            // a key of another type than the certificate's: the same answer as a wrong key of the right type
        }
        throw new GeneralSecurityException("the private key does not belong to the certificate ("
                + credentials.leaf().getSubjectX500Principal().getName() + ")");
    }

    /** One line for logs and {@code hvmon config check}: subject, expiry, key type. */
    public String describe() {
        X509Certificate leaf = leaf();
        return leaf.getSubjectX500Principal().getName() + ", " + key.getAlgorithm() + " key, valid until "
                + Timestamps.format(leaf.getNotAfter().toInstant()) + (chain.size() > 1 ? ", chain of " + chain.size() : "");
    }
}
