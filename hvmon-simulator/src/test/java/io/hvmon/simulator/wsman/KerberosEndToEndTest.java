package io.hvmon.simulator.wsman;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.client.WsManSettings.AuthScheme;
import io.hvmon.wsman.http.Traffic;
import io.hvmon.wsman.kerberos.KerberosOptions;
import io.hvmon.wsman.kerberos.Krb5Config;
import io.hvmon.wsman.kerberos.MitKdc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * hvmon's Kerberos client against the simulator as a domain-joined host, with tickets from a real MIT KDC
 * (Debian's krb5-kdc, started on loopback by {@link MitKdc}): password, keytab and ticket cache; message encryption
 * both ways over http; https; and each failure in plain words.
 */
@Timeout(120)
class KerberosEndToEndTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final SimulatedHost host = new SimulatedHost("HV-NODE01", 12, 42, clock);
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

    private URI start(EndpointOptions options) throws IOException {
        endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0), options);
        return endpoint.url("localhost");
    }

    private EndpointOptions kerberosOnly() throws Exception {
        return EndpointOptions.windowsDefaults(TestRealm.USER, "unused".toCharArray())
                .withKerberos(realm.acceptor(), EnumSet.of(Scheme.KERBEROS));
    }

    private static WsManSession session(URI url, String user, char[] password, KerberosOptions kerberos,
                                        Traffic traffic) {
        return new WsManSession(WsManSettings.of(url, AuthScheme.KERBEROS, user, password).withKerberos(kerberos)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)).withBatch(512_000, 5), traffic);
    }

    private static List<CimInstance> computerSystems(WsManSession session) throws CimException {
        return session.query(CimNamespaces.VIRTUALIZATION_V2, "SELECT * FROM Msvm_ComputerSystem");
    }

    @Test
    void aPasswordLogonReadsTheHostWithEveryMessageEncryptedBothWays() throws Exception {
        // AllowUnencrypted=false: the endpoint refuses a plain message over http (see the next test), and the
        // client cannot read a sealed answer without the session key
        URI url = start(kerberosOnly());
        Traffic traffic = new Traffic();
        try (WsManSession session = session(url, TestRealm.PRINCIPAL, TestRealm.PASSWORD.toCharArray(),
                KerberosOptions.DEFAULTS, traffic)) {
            assertThat(computerSystems(session)).hasSize(13); // the host and its 12 VMs, over several pulls
            assertThat(computerSystems(session)).hasSize(13); // the same connection and session key again
        }
        assertThat(traffic.requests()).isGreaterThan(6);
    }

    @Test
    void aKeytabLogonNeedsNoPassword() throws Exception {
        URI url = start(kerberosOnly());
        try (WsManSession session = session(url, TestRealm.PRINCIPAL, new char[0],
                new KerberosOptions(null, realm.userKeytab, false, null), new Traffic())) {
            assertThat(computerSystems(session)).hasSize(13);
        }
    }

    @Test
    void aTicketCacheFilledByMitKinitIsUsed() throws Exception {
        Path cache = realm.kdc.kinit(TestRealm.PRINCIPAL, TestRealm.PASSWORD);
        URI url = start(kerberosOnly());
        try (WsManSession session = session(url, "", new char[0],
                new KerberosOptions(null, null, true, cache), new Traffic())) {
            assertThat(computerSystems(session)).hasSize(13);
        }
    }

    @Test
    void negotiateAndKerberosTogetherAcceptBothNtlmAndKerberos() throws Exception {
        URI url = start(EndpointOptions.windowsDefaults(TestRealm.USER, TestRealm.PASSWORD.toCharArray())
                .withKerberos(realm.acceptor(), EnumSet.of(Scheme.NEGOTIATE, Scheme.KERBEROS)));
        try (WsManSession kerberos = session(url, TestRealm.PRINCIPAL, TestRealm.PASSWORD.toCharArray(),
                KerberosOptions.DEFAULTS, new Traffic());
             WsManSession ntlm = new WsManSession(WsManSettings.of(url, AuthScheme.NEGOTIATE, TestRealm.USER,
                     TestRealm.PASSWORD.toCharArray()))) {
            assertThat(computerSystems(kerberos)).hasSize(13);
            assertThat(computerSystems(ntlm)).hasSize(13);
        }
    }

    @Test
    void aKerberosOnlyHostRefusesNtlmAsAHostWhereNtlmIsBlocked() throws Exception {
        URI url = start(kerberosOnly());
        try (WsManSession ntlm = new WsManSession(WsManSettings.of(url, AuthScheme.NEGOTIATE, TestRealm.USER,
                TestRealm.PASSWORD.toCharArray()))) {
            assertThatThrownBy(() -> computerSystems(ntlm)).isInstanceOf(CimException.class)
                    .extracting(e -> ((CimException) e).kind()).isEqualTo(CimException.Kind.AUTHENTICATION);
        }
    }

    @Test
    void aWrongPasswordIsReportedAsTheKdcRefusingIt() throws Exception {
        URI url = start(kerberosOnly());
        try (WsManSession session = session(url, TestRealm.PRINCIPAL, "not-it".toCharArray(),
                KerberosOptions.DEFAULTS, new Traffic())) {
            assertThatThrownBy(() -> computerSystems(session)).isInstanceOf(CimException.class)
                    .hasMessageContaining("the KDC refused the password of " + TestRealm.PRINCIPAL)
                    .hasMessageContaining("check the password")
                    .extracting(e -> ((CimException) e).kind()).isEqualTo(CimException.Kind.AUTHENTICATION);
        }
    }

    @Test
    void anUnknownUserAndAnUnknownSpnAreNamed() throws Exception {
        URI url = start(kerberosOnly());
        try (WsManSession nobody = session(url, "nobody@hvmon.test", "x".toCharArray(), KerberosOptions.DEFAULTS,
                new Traffic());
             WsManSession noSpn = session(url, TestRealm.PRINCIPAL, TestRealm.PASSWORD.toCharArray(),
                     new KerberosOptions("HTTP/nosuch.example.com", null, false, null), new Traffic())) {
            assertThatThrownBy(() -> computerSystems(nobody))
                    .hasMessageContaining("the KDC does not know the user nobody@HVMON.TEST");
            assertThatThrownBy(() -> computerSystems(noSpn))
                    .hasMessageContaining("the KDC knows no service principal HTTP/nosuch.example.com")
                    .hasMessageContaining("setspn -Q");
        }
    }

    @Test
    void aKdcWhoseClockIsOffIsReportedAsClockSkew() throws Exception {
        MitKdc.assumeClockOffsetsAvailable();
        URI url = start(kerberosOnly());
        String user = realm.freshUser("skewed");
        realm.kdc.restartWithClockOffset("+15m");
        try (WsManSession session = session(url, user, TestRealm.PASSWORD.toCharArray(),
                KerberosOptions.DEFAULTS, new Traffic())) {
            assertThatThrownBy(() -> computerSystems(session)).isInstanceOf(CimException.class)
                    .hasMessageContaining("clock").hasMessageContaining("NTP");
        } finally {
            realm.kdc.restartNormally();
        }
    }

    @Test
    void anUnreachableKdcIsSaidSo(@TempDir Path dir) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Path conf = dir.resolve("krb5.conf");
        Files.writeString(conf, Files.readString(realm.kdc.krb5Conf())
                .replace("127.0.0.1:" + realm.kdc.port(), "127.0.0.1:" + closed));
        URI url = start(kerberosOnly());
        String user = realm.freshUser("nokdc");
        Krb5Config.use(conf);
        try (WsManSession session = session(url, user, TestRealm.PASSWORD.toCharArray(),
                KerberosOptions.DEFAULTS, new Traffic())) {
            assertThatThrownBy(() -> computerSystems(session)).isInstanceOf(CimException.class)
                    .hasMessageContaining("no KDC of the realm answered")
                    .extracting(e -> ((CimException) e).kind()).isEqualTo(CimException.Kind.UNREACHABLE);
        } finally {
            realm.kdc.useInThisJvm();
        }
    }
}
