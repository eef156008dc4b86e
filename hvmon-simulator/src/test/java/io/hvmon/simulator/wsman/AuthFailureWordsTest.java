package io.hvmon.simulator.wsman;

import io.hvmon.cim.CimException;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.client.WsManSettings.AuthScheme;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each way a logon to the simulated WinRM endpoint fails, over loopback, and the words the client finds for it: the
 * scheme not offered, the credentials refused (also when the refusal is injected with {@code authfail}), never one
 * dressed as the other.
 */
@Timeout(60)
class AuthFailureWordsTest {

    private static final String USER = "HV-NODE01\\monitor";
    private static final char[] PASSWORD = "Pa55-w0rd!".toCharArray();
    private static final String WRONG = "Wr0ng-Secret";
    private static final String QUERY = "SELECT Name FROM Msvm_SummaryInformation";

    private final SimulatedHost host = new SimulatedHost("HV-NODE01", 3, 42,
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    private WsManEndpoint endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private AbstractThrowableAssert<?, ? extends Throwable> logOn(EndpointOptions options, AuthScheme scheme,
                                                                   char[] password) throws IOException {
        endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0), options);
        try (WsManSession session = new WsManSession(WsManSettings.of(endpoint.url("127.0.0.1"), scheme, USER, password)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)))) {
            return assertThatThrownBy(() -> session.query("root/virtualization/v2", QUERY))
                    .isInstanceOf(CimException.class);
        }
    }

    private static EndpointOptions offering(Scheme... schemes) {
        return EndpointOptions.windowsDefaults("monitor", PASSWORD).withSchemes(EnumSet.of(schemes[0], schemes))
                .withAllowUnencrypted(true);
    }

    private static CimException.Kind kind(Throwable e) {
        return ((CimException) e).kind();
    }

    @Test
    void basicAgainstANegotiateOnlyHostNamesWhatItOffersAndWhatToConfigure() throws IOException {
        logOn(EndpointOptions.windowsDefaults("monitor", PASSWORD), AuthScheme.BASIC, PASSWORD)
                .satisfies(e -> assertThat(kind(e)).isEqualTo(CimException.Kind.AUTHENTICATION))
                .hasMessageContaining("does not accept Basic logons: hvmon tried Basic as user " + USER)
                .hasMessageContaining("the host offers only Negotiate")
                .hasMessageContaining("Set \"auth\": \"negotiate\" for this host in config.json (hvmon query: --auth negotiate)")
                .hasMessageContaining("winrm set winrm/config/service/auth @{Basic=\"true\"}")
                .hasMessageContaining("AllowUnencrypted=true")
                .hasMessageNotContaining("refused")
                .hasMessageNotContaining(new String(PASSWORD));
    }

    @Test
    void negotiateAgainstABasicOnlyHostNamesWhatItOffersAndWhatToConfigure() throws IOException {
        logOn(offering(Scheme.BASIC), AuthScheme.NEGOTIATE, PASSWORD)
                .satisfies(e -> assertThat(kind(e)).isEqualTo(CimException.Kind.AUTHENTICATION))
                .hasMessageContaining("does not accept Negotiate logons: hvmon tried Negotiate (NTLM) as user " + USER)
                .hasMessageContaining("the host offers only Basic")
                .hasMessageContaining("Set \"auth\": \"basic\" for this host in config.json (hvmon query: --auth basic)")
                .hasMessageContaining("winrm set winrm/config/service/auth @{Negotiate=\"true\"}")
                .hasMessageNotContaining("refused");
    }

    @Test
    void aWrongPasswordOverNegotiateIsARefusalOfTheCredentials() throws IOException {
        logOn(EndpointOptions.windowsDefaults("monitor", PASSWORD), AuthScheme.NEGOTIATE, WRONG.toCharArray())
                .satisfies(e -> assertThat(kind(e)).isEqualTo(CimException.Kind.AUTHENTICATION))
                .hasMessageContaining("refused the user name or password of " + USER + " (Negotiate/NTLM, HTTP 401)")
                .hasMessageContaining("The host offers Negotiate, so the scheme is right")
                .hasMessageContaining("locked")
                .hasMessageNotContaining("does not accept")
                .hasMessageNotContaining(WRONG);
    }

    @Test
    void aWrongPasswordOverBasicIsARefusalAndMentionsAllowUnencryptedOverHttp() throws IOException {
        logOn(offering(Scheme.NEGOTIATE, Scheme.BASIC), AuthScheme.BASIC, WRONG.toCharArray())
                .satisfies(e -> assertThat(kind(e)).isEqualTo(CimException.Kind.AUTHENTICATION))
                .hasMessageContaining("refused the user name or password of " + USER + " (Basic over http, HTTP 401)")
                .hasMessageContaining("The host offers Negotiate and Basic, so the scheme is right")
                .hasMessageContaining("AllowUnencrypted=false")
                .hasMessageNotContaining("does not accept")
                .hasMessageNotContaining(WRONG);
    }

    @Test
    void basicOverHttpWithoutAllowUnencryptedSaysSo() throws IOException {
        logOn(EndpointOptions.windowsDefaults("monitor", PASSWORD).withSchemes(EnumSet.of(Scheme.BASIC)),
                AuthScheme.BASIC, PASSWORD)
                .satisfies(e -> assertThat(kind(e)).isEqualTo(CimException.Kind.AUTHENTICATION))
                .hasMessageContaining("(Basic over http, HTTP 401)")
                .hasMessageContaining("winrm set winrm/config/service @{AllowUnencrypted=\"true\"}");
    }

    @Test
    void anInjectedNegotiateFailureIsARefusalNeverTheSchemeItOffers() throws IOException {
        logOn(EndpointOptions.windowsDefaults("monitor", PASSWORD).withFaults(FaultPlan.parse("authfail=1")),
                AuthScheme.NEGOTIATE, PASSWORD)
                .satisfies(e -> assertThat(kind(e)).isEqualTo(CimException.Kind.AUTHENTICATION))
                .hasMessageContaining("refused the user name or password of " + USER)
                .hasMessageContaining("The host offers Negotiate")
                .hasMessageNotContaining("does not accept")
                .hasMessageNotContaining("broke");
    }

    @Test
    void anInjectedBasicFailureIsARefusal() throws IOException {
        logOn(offering(Scheme.BASIC).withFaults(FaultPlan.parse("authfail=1")), AuthScheme.BASIC, PASSWORD)
                .satisfies(e -> assertThat(kind(e)).isEqualTo(CimException.Kind.AUTHENTICATION))
                .hasMessageContaining("refused the user name or password of " + USER)
                .hasMessageNotContaining("does not accept");
    }

    @Test
    void aLogonDroppedOnAnEstablishedConnectionIsNamedAsSuch() throws Exception {
        // authfail on roughly every other request: find, from the seed, a run where the handshake passes and a
        // later request of the same connection is refused; the fault plan is deterministic for a given seed
        endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0),
                EndpointOptions.windowsDefaults("monitor", PASSWORD).withFaults(droppingAfterTheHandshake()));
        try (WsManSession session = new WsManSession(WsManSettings.of(endpoint.url("127.0.0.1"), AuthScheme.NEGOTIATE,
                USER, PASSWORD).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)))) {
            assertThatThrownBy(() -> session.query("root/virtualization/v2", QUERY))
                    .isInstanceOf(CimException.class)
                    .satisfies(e -> assertThat(kind(e)).isEqualTo(CimException.Kind.AUTHENTICATION))
                    .hasMessageContaining("stopped accepting the Negotiate (NTLM) logon of " + USER + " on this connection")
                    .hasMessageContaining("hvmon logs on afresh with the next request");
            // and so it does: the plan's next draws let the new handshake and the query through
            assertThat(session.query("root/virtualization/v2", QUERY)).hasSize(3);
        }
    }

    /** A plan whose first draws are: none (NEGOTIATE), none (AUTHENTICATE), authfail (the query), then none twice. */
    private static FaultPlan droppingAfterTheHandshake() {
        for (int seed = 1; seed < 10_000; seed++) {
            FaultPlan probe = FaultPlan.parse("authfail=0.5,seed=" + seed);
            if (probe.next() == null && probe.next() == null && probe.next() == FaultPlan.Fault.AUTHFAIL
                    && probe.next() == null && probe.next() == null && probe.next() == null) {
                return FaultPlan.parse("authfail=0.5,seed=" + seed);
            }
        }
        throw new AssertionError("no seed below 10000 gives the sequence");
    }
}
