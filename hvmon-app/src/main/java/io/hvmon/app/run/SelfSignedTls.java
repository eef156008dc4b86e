package io.hvmon.app.run;

import io.hvmon.app.security.SelfSignedCertificate;
import io.hvmon.app.security.ServerCredentials;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;

/**
 * A throw-away self-signed certificate for the simulator's https endpoints ({@code hvmon simulate --tls}), made as
 * {@code hvmon cert self-signed} makes one, plus its PEM so clients can trust it ({@code tls.ca_file},
 * {@code --ca-file}).
 *
 * @param context the server's SSLContext
 * @param pem     the certificate in PEM, to give clients
 */
public record SelfSignedTls(SSLContext context, Path pem) {

    public static SelfSignedTls create(Path directory, List<String> hostNames) {
        try {
            ServerCredentials credentials = SelfSignedCertificate.write(directory, hostNames,
                    SelfSignedCertificate.KeyType.EC, 30);
            char[] none = new char[0];
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("simulator", credentials.key(), none, credentials.chain().toArray(new Certificate[0]));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, none);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new SelfSignedTls(context, directory.resolve("cert.pem"));
        } catch (IOException | GeneralSecurityException e) {
            throw new UserError(1, "cannot create a self-signed certificate for --tls: " + e.getMessage());
        }
    }
}
