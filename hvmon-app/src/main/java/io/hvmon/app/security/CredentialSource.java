package io.hvmon.app.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Where the server's certificate comes from, and which files to watch for a new one. */
public sealed interface CredentialSource {

    ServerCredentials load() throws IOException, GeneralSecurityException;

    /** The files whose change means "load again". */
    List<Path> files();

    /** A PEM certificate chain and a PKCS#8 key. */
    record Pem(Path certificate, Path privateKey) implements CredentialSource {
        @Override
        public ServerCredentials load() throws IOException, GeneralSecurityException {
            return PemFiles.read(certificate, privateKey);
        }

        @Override
        public List<Path> files() {
            return List.of(certificate, privateKey);
        }
    }

    /**
     * A PKCS#12 file with its first private-key entry. The password is asked for at every load (an environment
     * variable or a file, which is watched too) and wiped after use.
     */
    record Pkcs12(Path file, Supplier<char[]> password, List<Path> passwordFiles) implements CredentialSource {
        public Pkcs12 {
            passwordFiles = List.copyOf(passwordFiles);
        }

        @Override
        public ServerCredentials load() throws IOException, GeneralSecurityException {
            char[] secret = password.get();
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, secret);
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(alias)) {
                        Key key = store.getKey(alias, secret);
                        Certificate[] chain = store.getCertificateChain(alias);
                        if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                            List<X509Certificate> certificates = new ArrayList<>();
                            for (Certificate c : chain) {
                                certificates.add((X509Certificate) c);
                            }
                            return ServerCredentials.checked(privateKey, certificates);
                        }
                    }
                }
                throw new GeneralSecurityException(file + " holds no private key with a certificate");
            } catch (IOException e) {
                // KeyStore reports a wrong password as an IOException caused by UnrecoverableKeyException.
                if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                    throw new GeneralSecurityException("cannot open " + file + ": wrong password");
                }
                throw e;
            } finally {
                Arrays.fill(secret, '\0');
            }
        }

        @Override
        public List<Path> files() {
            List<Path> all = new ArrayList<>(passwordFiles);
            all.addFirst(file);
            return all;
        }
    }
}
