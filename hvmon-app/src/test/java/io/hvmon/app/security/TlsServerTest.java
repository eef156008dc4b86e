package io.hvmon.app.security;

import io.hvmon.app.testing.TrustAllTls;
import io.hvmon.app.http.HttpApi;
import io.hvmon.app.http.HttpOptions;
import io.hvmon.app.http.LogCapture;
import io.hvmon.app.http.Response;
import io.hvmon.app.http.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API over https: PEM (RSA, EC) and PKCS#12, TLS 1.2/1.3 only, and a certificate replaced while serving. */
@Timeout(120)
class TlsServerTest {

    private HttpApi api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private int serve(CredentialSource source, Duration check) throws Exception {
        ServerTlsContext tls = ServerTlsContext.create(ReloadingKeyManager.load(source, check));
        api = HttpApi.start(new InetSocketAddress("127.0.0.1", 0),
                new Router().get("/healthz", r -> Response.json("{}".getBytes())),
                HttpOptions.plain(AccessPolicy.open()).withTls(tls));
        return api.port();
    }

    /** A client that accepts any certificate: these tests look at which one the server presents. */
    static SSLSocket connect(int port, String... protocols) throws Exception {
        return connect(port, protocols, null);
    }

    /** As {@link #connect(int, String...)}, offering only these cipher suites (null: the JDK's defaults). */
    static SSLSocket connect(int port, String[] protocols, String[] suites) throws Exception {
        SSLContext context = TrustAllTls.context();
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        socket.setEnabledProtocols(protocols);
        if (suites != null) {
            socket.setEnabledCipherSuites(suites);
        }
        socket.startHandshake();
        return socket;
    }

    static X509Certificate presented(int port) throws Exception {
        try (SSLSocket socket = connect(port, "TLSv1.3", "TLSv1.2")) {
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    static String getOver(SSLSocket socket) throws IOException {
        socket.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }

    @Test
    void pemWithAnEcKeyServesTls13AndTls12() throws Exception {
        Path dir = Files.createTempDirectory("hvmon-tls");
        ServerCredentials written = SelfSignedCertificate.write(dir, List.of("hvmon.test"),
                SelfSignedCertificate.KeyType.EC, 1);
        int port = serve(new CredentialSource.Pem(dir.resolve("cert.pem"), dir.resolve("key.pem")), Duration.ofSeconds(5));
        for (String protocol : List.of("TLSv1.3", "TLSv1.2")) {
            try (SSLSocket socket = connect(port, protocol)) {
                assertThat(socket.getSession().getProtocol()).isEqualTo(protocol);
                assertThat(socket.getSession().getPeerCertificates()[0]).isEqualTo(written.leaf());
                assertThat(getOver(socket)).startsWith("HTTP/1.1 200");
            }
        }
        assertThat(written.leaf().getSubjectX500Principal().getName()).isEqualTo("CN=hvmon.test");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "mode bits are POSIX; on Windows the folder's ACL protects key.pem")
    void theSelfSignedKeyFileIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        SelfSignedCertificate.write(dir, List.of("hvmon.test"), SelfSignedCertificate.KeyType.EC, 1);
        assertThat(Files.getPosixFilePermissions(dir.resolve("key.pem")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void pemWithAnRsaKeyAndPkcs12WithAPassword(@TempDir Path dir) throws Exception {
        ServerCredentials rsa = SelfSignedCertificate.write(dir.resolve("rsa"), List.of(),
                SelfSignedCertificate.KeyType.RSA, 1);
        assertThat(rsa.key().getAlgorithm()).isEqualTo("RSA");
        int port = serve(new CredentialSource.Pem(dir.resolve("rsa/cert.pem"), dir.resolve("rsa/key.pem")),
                Duration.ofSeconds(5));
        assertThat(presented(port)).isEqualTo(rsa.leaf());
        api.close();

        Path p12 = dir.resolve("server.p12");
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", rsa.key(), "p12-Pa55".toCharArray(), rsa.chain().toArray(X509Certificate[]::new));
        try (var out = Files.newOutputStream(p12)) {
            store.store(out, "p12-Pa55".toCharArray());
        }
        port = serve(new CredentialSource.Pkcs12(p12, "p12-Pa55"::toCharArray, List.of()), Duration.ofSeconds(5));
        assertThat(presented(port)).isEqualTo(rsa.leaf());
        assertThatThrownBy(() -> new CredentialSource.Pkcs12(p12, "wrong"::toCharArray, List.of()).load())
                .isInstanceOf(GeneralSecurityException.class).hasMessage("cannot open " + p12 + ": wrong password");
    }

    @Test
    void keyFilesInOtherFormatsGetClearErrors(@TempDir Path dir) throws Exception {
        SelfSignedCertificate.write(dir, List.of(), SelfSignedCertificate.KeyType.EC, 1);
        Path pkcs1 = dir.resolve("rsa.pem");
        PemFiles.writePrivate(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> PemFiles.read(dir.resolve("cert.pem"), pkcs1))
                .hasMessage(pkcs1 + " holds a PKCS#1 RSA key (BEGIN RSA PRIVATE KEY); hvmon reads PKCS#8"
                        + " (BEGIN PRIVATE KEY). Convert it with: openssl pkcs8 -topk8 -nocrypt -in " + pkcs1
                        + " -out " + pkcs1 + ".pk8");
        Path other = dir.resolve("other");
        SelfSignedCertificate.write(other, List.of(), SelfSignedCertificate.KeyType.EC, 1);
        assertThatThrownBy(() -> PemFiles.read(dir.resolve("cert.pem"), other.resolve("key.pem")))
                .hasMessage("the private key does not belong to the certificate (CN=localhost)");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the check reads POSIX mode bits; Windows has ACLs instead")
    void aKeyFileOthersCanReadIsRefused(@TempDir Path dir) throws Exception {
        SelfSignedCertificate.write(dir, List.of(), SelfSignedCertificate.KeyType.EC, 1);
        Path readable = dir.resolve("readable.pem");
        Files.copy(dir.resolve("key.pem"), readable);
        Files.setPosixFilePermissions(readable, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PemFiles.read(dir.resolve("cert.pem"), readable))
                .hasMessageContaining("can be read by other users").hasMessageContaining("chmod 600 " + readable);
    }

    @Test
    void tls10And11AreRefusedByTheServerItself(@TempDir Path dir) throws Exception {
        SelfSignedCertificate.write(dir, List.of(), SelfSignedCertificate.KeyType.RSA, 1);
        int port = serve(new CredentialSource.Pem(dir.resolve("cert.pem"), dir.resolve("key.pem")), Duration.ofSeconds(5));
        // The JDK client refuses to offer TLS 1.0/1.1 at all (jdk.tls.disabledAlgorithms)...
        assertThatThrownBy(() -> connect(port, "TLSv1.1")).isInstanceOf(SSLHandshakeException.class);
        // ...so OpenSSL, told to allow them, checks that the server refuses them (and accepts 1.2 and 1.3).
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        for (String version : List.of("-tls1", "-tls1_1")) {
            String out = openssl(port, version);
            assertThat(out).as(version).contains("alert protocol version").doesNotContain("BEGIN CERTIFICATE");
        }
        assertThat(openssl(port, "-tls1_2")).contains("Protocol  : TLSv1.2");
        assertThat(openssl(port, "-tls1_3")).contains("TLSv1.3");
    }

    @Test
    void tls12OffersOnlyForwardSecretAeadSuites(@TempDir Path dir) throws Exception {
        SelfSignedCertificate.write(dir, List.of(), SelfSignedCertificate.KeyType.RSA, 1);
        int port = serve(new CredentialSource.Pem(dir.resolve("cert.pem"), dir.resolve("key.pem")), Duration.ofSeconds(5));
        String[] tls12 = {"TLSv1.2"};
        try (SSLSocket gcm = connect(port, tls12, new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"})) {
            assertThat(getOver(gcm)).startsWith("HTTP/1.1 200");
        }
        try (SSLSocket chacha = connect(port, tls12, new String[] {"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"})) {
            assertThat(chacha.getSession().getCipherSuite()).isEqualTo("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
        }
        // CBC (even with ECDHE), and RSA key exchange without forward secrecy (even with GCM): no handshake.
        for (String suite : List.of("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
                "TLS_RSA_WITH_AES_128_GCM_SHA256")) {
            assertThatThrownBy(() -> connect(port, tls12, new String[] {suite}).close()).as(suite)
                    .isInstanceOf(SSLHandshakeException.class);
        }
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        for (String cbc : List.of("AES128-SHA256", "ECDHE-RSA-AES128-SHA256", "ECDHE-RSA-AES256-SHA")) {
            assertThat(openssl(port, "-tls1_2", cbc)).as(cbc).doesNotContain("BEGIN CERTIFICATE");
        }
        assertThat(openssl(port, "-tls1_2", "ECDHE-RSA-AES256-GCM-SHA384"))
                .contains("Cipher    : ECDHE-RSA-AES256-GCM-SHA384");
    }

    @Test
    void theSuiteFilterKeepsTls13AndForwardSecretAeadOnly() {
        assertThat(ServerTlsContext.acceptable("TLS_AES_256_GCM_SHA384")).isTrue();
        assertThat(ServerTlsContext.acceptable("TLS_CHACHA20_POLY1305_SHA256")).isTrue();
        assertThat(ServerTlsContext.acceptable("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")).isTrue();
        assertThat(ServerTlsContext.acceptable("TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256")).isTrue();
        assertThat(ServerTlsContext.acceptable("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384")).isFalse();
        assertThat(ServerTlsContext.acceptable("TLS_RSA_WITH_AES_256_GCM_SHA384")).isFalse();
        assertThat(ServerTlsContext.acceptable("TLS_EMPTY_RENEGOTIATION_INFO_SCSV")).isFalse();
    }

    private static String openssl(int port, String version) throws Exception {
        return openssl(port, version, "DEFAULT:@SECLEVEL=0");
    }

    private static String openssl(int port, String version, String ciphers) throws Exception {
        Process process = new ProcessBuilder("openssl", "s_client", "-connect", "127.0.0.1:" + port, version,
                "-cipher", ciphers, "-showcerts").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void aReplacedCertificateIsServedWithoutARestartAndABadOneIsIgnored(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("live");
        ServerCredentials first = SelfSignedCertificate.write(live, List.of("first.test"),
                SelfSignedCertificate.KeyType.EC, 1);
        ServerCredentials second = SelfSignedCertificate.write(dir.resolve("next"), List.of("second.test"),
                SelfSignedCertificate.KeyType.EC, 1);
        int port = serve(new CredentialSource.Pem(live.resolve("cert.pem"), live.resolve("key.pem")),
                Duration.ofMillis(200));
        assertThat(presented(port)).isEqualTo(first.leaf());

        try (LogCapture log = new LogCapture()) {
            // A broken certificate file: logged, and the old certificate stays.
            Files.writeString(live.resolve("cert.pem.tmp"), "-----BEGIN CERTIFICATE-----\nbroken\n");
            Files.move(live.resolve("cert.pem.tmp"), live.resolve("cert.pem"), StandardCopyOption.REPLACE_EXISTING);
            awaitUntil(() -> log.all().contains("cannot be loaded; still serving the previous certificate"), port);
            assertThat(presented(port)).isEqualTo(first.leaf());

            // The new pair, each file moved into place: the next handshakes see it.
            Files.copy(dir.resolve("next/key.pem"), live.resolve("key.pem"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(dir.resolve("next/cert.pem"), live.resolve("cert.pem"), StandardCopyOption.REPLACE_EXISTING);
            awaitUntil(() -> log.all().contains("TLS certificate reloaded: CN=second.test"), port);
            assertThat(presented(port)).isEqualTo(second.leaf());
        }
    }

    /** Handshakes (which trigger the check) until the condition holds; at most 15 s. */
    private static void awaitUntil(java.util.function.BooleanSupplier condition, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 15 s").isLessThan(deadline);
            presented(port);
            Thread.sleep(100);
        }
    }
}
