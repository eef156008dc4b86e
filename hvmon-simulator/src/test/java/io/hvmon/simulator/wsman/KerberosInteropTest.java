package io.hvmon.simulator.wsman;

import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

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
    void realm() throws Exception {
        realm = TestRealm.get();
        Pywinrm.require("winrm", "requests_kerberos", "gssapi");
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
        TestTls tls = TestTls.create(dir);
        String url = start(kerberosOnly().withTls(tls.context()));
        // requests trusts the CA bundle the environment names: the simulator's certificate
        assertThat(client(url, "kerberos", Map.of("REQUESTS_CA_BUNDLE", tls.pem().toString())))
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

    /** Debian's pywinrm, or MIT's GSSAPI, with a ticket cache that MIT's kinit filled. */
    private Map<String, Object> client(String url, String transport, Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(extra);
        env.putAll(realm.clientEnvironment());
        return Pywinrm.enumerate(url, transport, TestRealm.PRINCIPAL, "", WQL, env);
    }
}
