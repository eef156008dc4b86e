package io.hvmon.app.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for a quick start, made with the JDK's keytool (the JDK has no certificate-building API):
 * keytool writes a PKCS#12 file to a private temporary directory, which is read and written out as {@code cert.pem} and
 * a PKCS#8 {@code key.pem} (mode 600).
 */
public final class SelfSignedCertificate {

    public enum KeyType { EC, RSA }

    private SelfSignedCertificate() {
    }

    /** Writes {@code cert.pem} and {@code key.pem} into {@code directory}; returns the certificate's description. */
    public static ServerCredentials write(Path directory, List<String> hostNames, KeyType type, int days)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        Path work = Files.createTempDirectory("hvmon-cert");
        Path store = work.resolve("cert.p12");
        char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
        try {
            StringBuilder san = new StringBuilder("SAN=dns:localhost,ip:127.0.0.1,ip:::1");
            hostNames.forEach(host -> san.append(IpLiteral.parse(host).isPresent() ? ",ip:" : ",dns:").append(host));
            String cn = hostNames.isEmpty() ? "localhost" : hostNames.getFirst();
            List<String> keyArgs = type == KeyType.EC ? List.of("-keyalg", "EC", "-groupname", "secp256r1")
                    : List.of("-keyalg", "RSA", "-keysize", "3072");
            List<String> command = new java.util.ArrayList<>(List.of(keytool(), "-genkeypair", "-keystore",
                    store.toString(), "-storetype", "PKCS12", "-storepass", new String(password), "-alias", "hvmon",
                    "-dname", "CN=" + cn.replaceAll("[,+=\"\\\\<>;]", "_"), "-validity", Integer.toString(days),
                    "-ext", san.toString(), "-ext", "EKU=serverAuth"));
            command.addAll(keyArgs);
            run(command);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, password);
            }
            PrivateKey key = (PrivateKey) keyStore.getKey("hvmon", password);
            Certificate certificate = keyStore.getCertificate("hvmon");
            Files.writeString(directory.resolve("cert.pem"), PemFiles.pem("CERTIFICATE", certificate.getEncoded()));
            PemFiles.writePrivate(directory.resolve("key.pem"), PemFiles.pem("PRIVATE KEY", key.getEncoded()));
            return PemFiles.read(directory.resolve("cert.pem"), directory.resolve("key.pem"));
        } finally {
            Files.deleteIfExists(store);
            Files.deleteIfExists(work);
        }
    }

    private static String keytool() throws IOException {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path tool = Path.of(System.getProperty("java.home"), "bin", windows ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(tool)) {
            throw new IOException("this needs the JDK's keytool, which this Java runtime lacks (" + tool + ")");
        }
        return tool.toString();
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool");
        }
    }
}
