package io.hvmon.simulator.wsman;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's Kerberos against clients nobody here wrote, with tickets from a real MIT KDC: Debian's pywinrm
 * 0.3.0 with {@code transport="kerberos"} (requests-kerberos, pykerberos), and MIT's GSSAPI through python3-gssapi
 * framing WinRM message encryption as pyspnego does ({@code interop/mit_kerberos_transport.py}), since Debian's
 * pykerberos cannot encrypt for WinRM.
 */
@Timeout(120)
class KerberosInteropTest {

    private static final String WQL = "SELECT * FROM Msvm_SummaryInformation";
    private final SimulatedHost host = new SimulatedHost("HV-NODE01", 17, 42,
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    private TestRealm realm;
    private WsManEndpoint endpoint;

    @BeforeEach
    void realm() {
        realm = TestRealm.get();
    }

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private String start(EndpointOptions options) throws Exception {
        endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0), options);
        return endpoint.url("localhost").toString();
    }

    private EndpointOptions kerberosOnly() throws Exception {
        return EndpointOptions.windowsDefaults(TestRealm.USER, "unused".toCharArray())
                .withKerberos(realm.acceptor(), EnumSet.of(Scheme.KERBEROS));
    }

    @Test
    void mitGssapiWithKerberosMessageEncryptionOverHttp() throws Exception {
        String url = start(kerberosOnly()); // AllowUnencrypted=false: every message must be sealed
        Map<String, Object> result = client(url, "mit-kerberos-encrypted");
        assertThat(result).containsEntry("ok", true).containsEntry("count", 17);
        assertThat((Integer) result.get("pulls")).isGreaterThan(0);
        // hvmon's wrap tokens arrive rotated as MIT's own: token header, confounder, header copy, 12-byte checksum
        assertThat(result).containsEntry("header_length", 60);
    }

    @Test
    void pywinrmKerberosOverHttps(@TempDir Path dir) throws Exception {
        String url = start(kerberosOnly().withTls(selfSigned(dir)));
        // requests trusts the CA bundle the environment names: the simulator's certificate
        assertThat(client(url, "kerberos", Map.of("REQUESTS_CA_BUNDLE", dir.resolve("tls.pem").toString())))
                .containsEntry("ok", true).containsEntry("count", 17);
    }

    @Test
    void pywinrmKerberosUnencryptedOverHttpIsRefusedAsWindowsRefusesIt() throws Exception {
        // Debian's pywinrm cannot encrypt with Kerberos, so over http it sends plain SOAP: AllowUnencrypted=false
        String url = start(kerberosOnly());
        assertThat(client(url, "kerberos")).containsEntry("ok", false);
        endpoint.close();
        String allowing = start(kerberosOnly().withAllowUnencrypted(true));
        assertThat(client(allowing, "kerberos")).containsEntry("ok", true).containsEntry("count", 17);
    }

    private Map<String, Object> client(String url, String transport) throws Exception {
        return client(url, transport, Map.of());
    }

    private Map<String, Object> client(String url, String transport, Map<String, String> extra) throws Exception {
        Path cache = realm.kdc.kinit(TestRealm.PRINCIPAL, TestRealm.PASSWORD);
        Map<String, String> env = new HashMap<>(Map.of("EP", url, "WSUSER", TestRealm.PRINCIPAL, "WSPASS", "",
                "TRANSPORT", transport, "WQL", WQL, "MAX_ELEMENTS", "5"));
        env.put("KRB5_CONFIG", realm.kdc.krb5Conf().toString());
        env.put("KRB5CCNAME", "FILE:" + cache);
        env.putAll(extra);
        Path script = Path.of(KerberosInteropTest.class.getResource("/interop/pywinrm_enumerate.py").toURI());
        ProcessBuilder python = new ProcessBuilder("/usr/bin/python3", script.toString());
        python.environment().putAll(env);
        Process process = python.redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("client did not finish in 90 s");
        }
        assertThat(process.exitValue()).as(output).isZero();
        return JSON.std.mapFrom(output.strip().lines().reduce((a, b) -> b).orElse(""));
    }

    /**
     * A TLS context with a fresh self-signed certificate for localhost, made by the JDK's keytool, which also writes
     * the certificate to tls.pem for the clients.
     */
    private static SSLContext selfSigned(Path dir) throws Exception {
        Path store = dir.resolve("tls.p12");
        char[] secret = "changeit".toCharArray();
        keytool("-genkeypair", "-alias", "sim", "-keyalg", "EC", "-dname", "CN=localhost", "-ext",
                "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "sim", "-keystore", store.toString(), "-storepass", "changeit",
                "-file", dir.resolve("tls.pem").toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, secret);
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, secret);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(java.util.List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).as(output).isTrue();
    }
}
