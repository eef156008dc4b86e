package io.hvmon.simulator.wsman;

import io.hvmon.cim.CimException;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import io.hvmon.wsman.http.ClientConnection;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpLimits;
import io.hvmon.wsman.http.HttpMessage;
import io.hvmon.wsman.soap.EnumerationPage;
import io.hvmon.wsman.soap.IdentifyResponse;
import io.hvmon.wsman.soap.RequestOptions;
import io.hvmon.wsman.soap.RequestWriter;
import io.hvmon.wsman.soap.ResourceUris;
import io.hvmon.wsman.soap.ResponseParser;
import io.hvmon.wsman.soap.WsManOperation;
import io.hvmon.wsman.soap.WsManRequest;
import io.hvmon.wsman.soap.WsManRequests;
import io.hvmon.wsman.soap.WsNs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the simulated WinRM endpoint does on the wire, request by request (Basic over http, AllowUnencrypted). */
@Timeout(60)
class EndpointBehaviourTest {

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("monitor:pw".getBytes());
    private final SimulatedHost host = new SimulatedHost("HV-NODE01", 50, 42,
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    private final ResponseParser parser = new ResponseParser();
    private WsManEndpoint endpoint;
    private ClientConnection connection;
    private String to;

    @BeforeEach
    void start() throws Exception {
        endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0),
                EndpointOptions.windowsDefaults("monitor", "pw".toCharArray()).withSchemes(EnumSet.of(Scheme.BASIC))
                        .withAllowUnencrypted(true).withContextTtl(Duration.ofMillis(1500)));
        to = endpoint.url("127.0.0.1").toString();
        connection = ClientConnection.open(endpoint.url("127.0.0.1"), null, false, Duration.ofSeconds(5), HttpLimits.DEFAULT);
    }

    @AfterEach
    void stop() {
        connection.close();
        endpoint.close();
    }

    private HttpMessage send(WsManRequest request, String authorization) throws Exception {
        HttpHeaders headers = HttpHeaders.of("Host", "127.0.0.1", "Content-Type", "application/soap+xml;charset=UTF-8");
        if (authorization != null) {
            headers = headers.with("Authorization", authorization);
        }
        return connection.exchange(HttpMessage.request("POST", "/wsman", headers, RequestWriter.write(request)),
                Instant.now().plusSeconds(10));
    }

    private ByteArrayInputStream body(WsManRequest request) throws Exception {
        return new ByteArrayInputStream(send(request, AUTH).body());
    }

    private static RequestOptions envelope(int bytes) {
        return new RequestOptions(bytes, Duration.ofSeconds(60), "en-US", null);
    }

    @Test
    void withoutCredentialsA401ListsTheOfferedSchemesWithAnEmptyBody() throws Exception {
        HttpMessage response = send(WsManRequests.identify(), null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().all("WWW-Authenticate")).containsExactly("Basic realm=\"WSMAN\"");
        assertThat(response.headers().first("Server")).hasValue("Microsoft-HTTPAPI/2.0");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void identifyNamesMicrosoft() throws Exception {
        IdentifyResponse identity = parser.identify(body(WsManRequests.identify()));
        assertThat(identity.productVendor()).isEqualTo("Microsoft Corporation");
        assertThat(identity.protocolVersion()).isEqualTo(WsNs.WSMAN);
    }

    @Test
    void batchesFollowMaxElementsAndEndWithEndOfSequence() throws Exception {
        RequestOptions options = envelope(512_000);
        EnumerationPage page = parser.enumerate(body(WsManRequests.enumerateWql(to, "root/virtualization/v2",
                "SELECT Name FROM Msvm_SummaryInformation", 20, options)));
        assertThat(page.items()).hasSize(20);
        assertThat(page.hasMore()).isTrue();
        String uri = ResourceUris.allClasses("root/virtualization/v2");
        page = parser.pull(body(WsManRequests.pull(to, uri, page.context(), 20, options)));
        assertThat(page.items()).hasSize(20);
        page = parser.pull(body(WsManRequests.pull(to, uri, page.context(), 20, options)));
        assertThat(page.items()).hasSize(10);
        assertThat(page.endOfSequence()).isTrue();
        assertThat(page.context()).isNull();
    }

    @Test
    void batchesStayWithinMaxEnvelopeSize() throws Exception {
        EnumerationPage page = parser.enumerate(body(WsManRequests.enumerateWql(to, "root/virtualization/v2",
                "SELECT * FROM Msvm_SummaryInformation", 32_000, envelope(16_384))));
        assertThat(page.items()).isNotEmpty().hasSizeLessThan(50);
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void aTinyMaxEnvelopeSizeIsAnEncodingLimitFault() throws Exception {
        WsManRequest tiny = new WsManRequest(WsNs.ACTION_ENUMERATE, to, ResourceUris.allClasses("root/virtualization/v2"),
                "uuid:1C3D1C3D-0000-4000-8000-000000000002", 4_000, Duration.ofSeconds(60), null, null, Map.of(),
                new WsManOperation.Enumerate("SELECT * FROM Msvm_SummaryInformation", WsNs.WQL_DIALECT, true, 10, null));
        HttpMessage response = send(tiny, AUTH);
        assertThat(response.status()).isEqualTo(500);
        assertThatThrownBy(() -> parser.enumerate(new ByteArrayInputStream(response.body())))
                .isInstanceOf(CimException.class).hasMessageContaining("EncodingLimit");
    }

    @Test
    void contextsExpireAndReleasedOnesAreGone() throws Exception {
        RequestOptions options = envelope(512_000);
        String uri = ResourceUris.allClasses("root/virtualization/v2");
        EnumerationPage first = parser.enumerate(body(WsManRequests.enumerateWql(to, "root/virtualization/v2",
                "SELECT Name FROM Msvm_SummaryInformation", 5, options)));
        assertThat(parser.pull(body(WsManRequests.pull(to, uri, first.context(), 5, options))).items()).hasSize(5);

        EnumerationPage released = parser.enumerate(body(WsManRequests.enumerateWql(to, "root/virtualization/v2",
                "SELECT Name FROM Msvm_SummaryInformation", 5, options)));
        parser.release(body(WsManRequests.release(to, uri, released.context(), options)));
        assertThatThrownBy(() -> parser.pull(body(WsManRequests.pull(to, uri, released.context(), 5, options))))
                .isInstanceOf(CimException.class).hasMessageContaining("InvalidEnumerationContext");

        Thread.sleep(2500); // past the 1.5 s context lifetime of this endpoint
        assertThatThrownBy(() -> parser.pull(body(WsManRequests.pull(to, uri, first.context(), 5, options))))
                .isInstanceOf(CimException.class).hasMessageContaining("InvalidEnumerationContext");
    }

    @Test
    void plainClassEnumerationWithoutAFilter() throws Exception {
        String uri = ResourceUris.forClass("root/virtualization/v2", "Msvm_VirtualSystemManagementService");
        WsManRequest request = new WsManRequest(WsNs.ACTION_ENUMERATE, to, uri, "uuid:1C3D1C3D-0000-4000-8000-000000000001",
                512_000, Duration.ofSeconds(60), null, null, Map.of(),
                new WsManOperation.Enumerate(null, null, true, 10, null));
        EnumerationPage page = parser.enumerate(body(request));
        assertThat(page.items()).singleElement().satisfies(i -> assertThat(i.string("Name")).isEqualTo("vmms"));
    }

    @Test
    void unknownResourceUriIsDestinationUnreachable() throws Exception {
        HttpMessage response = send(WsManRequests.enumerateWql(to, "root/nowhere", "SELECT * FROM X", 10,
                envelope(512_000)), AUTH);
        assertThat(response.status()).isEqualTo(500);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("DestinationUnreachable", "2150858811");
    }

    @Test
    void garbageIsAFaultNotACrash() throws Exception {
        HttpMessage response = connection.exchange(HttpMessage.request("POST", "/wsman", HttpHeaders.of(
                "Host", "127.0.0.1", "Authorization", AUTH, "Content-Type", "application/soap+xml"),
                "<not-soap".getBytes(StandardCharsets.UTF_8)), Instant.now().plusSeconds(5));
        assertThat(response.status()).isEqualTo(500);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("s:Fault");
        assertThat(parser.identify(body(WsManRequests.identify())).productVendor()).isEqualTo("Microsoft Corporation");
    }
}
