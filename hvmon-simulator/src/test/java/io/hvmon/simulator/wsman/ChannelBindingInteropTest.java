package io.hvmon.simulator.wsman;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.client.WsManSettings.AuthScheme;
import io.hvmon.wsman.http.TlsOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS channel binding over https with WinRM's CbtHardeningLevel=Strict: hvmon's NTLM and Kerberos logons carry the
 * binding and pass; Debian's pywinrm with NTLM (requests_ntlm, ntlm-auth) computes the same binding independently
 * and passes; its Kerberos (pykerberos 1.1.14 sends none) is refused under Strict and accepted under Relaxed.
 */
@Timeout(120)
class ChannelBindingInteropTest {

    private static final String PASSWORD = "Bind-Pa55";
    private static final String WQL = "SELECT * FROM Msvm_ComputerSystem";
    private final SimulatedHost host = new SimulatedHost("HV-NODE01", 6, 42,
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    private TestRealm realm;
    private TestTls tls;
    private WsManEndpoint endpoint;

    @BeforeEach
    void setUp(@TempDir Path dir) throws Exception {
        realm = TestRealm.get();
        Pywinrm.require("winrm", "requests_kerberos");
        tls = TestTls.create(dir);
    }

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private URI start(CbtHardening level) throws Exception {
        EndpointOptions options = EndpointOptions.windowsDefaults(TestRealm.USER, PASSWORD.toCharArray())
                .withKerberos(realm.acceptor(), EnumSet.of(Scheme.NEGOTIATE, Scheme.KERBEROS))
                .withTls(tls.context()).withCbtHardening(level);
        endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0), options);
        return endpoint.url("localhost");
    }

    private WsManSession hvmon(URI url, AuthScheme auth, String user, String password) {
        return new WsManSession(WsManSettings.of(url, auth, user, password.toCharArray())
                .withTls(new TlsOptions(true, Optional.of(tls.pem()))));
    }

    @Test
    void hvmonsNtlmAndKerberosLogonsCarryTheBindingAndPassStrict() throws Exception {
        URI url = start(CbtHardening.STRICT);
        try (WsManSession ntlm = hvmon(url, AuthScheme.NEGOTIATE, TestRealm.USER, PASSWORD);
             WsManSession kerberos = hvmon(url, AuthScheme.KERBEROS, TestRealm.PRINCIPAL, TestRealm.PASSWORD)) {
            assertThat(ntlm.query(CimNamespaces.VIRTUALIZATION_V2, WQL)).hasSize(7);
            assertThat(kerberos.query(CimNamespaces.VIRTUALIZATION_V2, WQL)).hasSize(7);
        }
    }

    @Test
    void pywinrmsNtlmBindingMatchesOursUnderStrict() throws Exception {
        String url = start(CbtHardening.STRICT).toString();
        assertThat(Pywinrm.enumerate(url, "ntlm", TestRealm.USER, PASSWORD, WQL, trustSimulator()))
                .containsEntry("ok", true).containsEntry("count", 7);
    }

    @Test
    void aKerberosLogonWithoutABindingIsRefusedUnderStrictOnly() throws Exception {
        String strict = start(CbtHardening.STRICT).toString();
        assertThat(pywinrmKerberos(strict)).containsEntry("ok", false);
        endpoint.close();
        String relaxed = start(CbtHardening.RELAXED).toString();
        assertThat(pywinrmKerberos(relaxed)).containsEntry("ok", true).containsEntry("count", 7);
    }

    @Test
    void hvmonSaysWhatARefusedLogonMeans() throws Exception {
        URI url = start(CbtHardening.STRICT);
        try (WsManSession wrong = hvmon(url, AuthScheme.NEGOTIATE, TestRealm.USER, "not-it")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(CimException.class,
                    () -> wrong.query(CimNamespaces.VIRTUALIZATION_V2, WQL)).kind())
                    .isEqualTo(CimException.Kind.AUTHENTICATION);
        }
    }

    private Map<String, Object> pywinrmKerberos(String url) throws Exception {
        Map<String, String> env = new HashMap<>(trustSimulator());
        env.putAll(realm.clientEnvironment());
        return Pywinrm.enumerate(url, "kerberos", TestRealm.PRINCIPAL, "", WQL, env);
    }

    private Map<String, String> trustSimulator() {
        return Map.of("REQUESTS_CA_BUNDLE", tls.pem().toString());
    }
}
