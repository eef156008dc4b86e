package io.hvmon.app.run;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away self-signed certificate for the simulator's https endpoints, made with the JDK's own keytool (the JDK
 * has no API for it), plus its PEM so clients can trust it ({@code tls.ca_file}, {@code --ca-file}).
 *
 * @param context the server's SSLContext
 * @param pem     the certificate in PEM, to give clients
 */
public record SelfSignedTls(SSLContext context, Path pem) {

    public static SelfSignedTls create(Path directory, List<String> hostNames) {
        Path keyStore = directory.resolve("simulator.p12");
        Path pem = directory.resolve("simulator-ca.pem");
        char[] storePassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
        try {
            Files.deleteIfExists(keyStore);
            String san = "SAN=ip:127.0.0.1,ip:::1,dns:localhost" + hostNames.stream().map(h -> ",dns:" + h).reduce("", String::concat);
            run(keytool(), "-genkeypair", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                    "-storepass", new String(storePassword), "-alias", "simulator", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=hvmon simulator", "-validity", "30", "-ext", san);
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                store.load(in, storePassword);
            }
            byte[] der = store.getCertificate("simulator").getEncoded();
            Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END CERTIFICATE-----\n");
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, storePassword);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new SelfSignedTls(context, pem);
        } catch (IOException | GeneralSecurityException e) {
            throw new UserError(1, "cannot create a self-signed certificate for --tls: " + e.getMessage());
        }
    }

    private static String keytool() {
        Path tool = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(tool)) {
            throw new UserError(1, "--tls needs the JDK's keytool, which this Java runtime lacks (" + tool + ")");
        }
        return tool.toString();
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool");
        }
    }
}
