package io.hvmon.app.run;

import com.fasterxml.jackson.jr.ob.JSON;
import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.security.ApiKeyHash;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's shell loads without a key (it holds no data and says whether a key is needed); data does not. */
@Timeout(60)
class DashboardShellTest {

    private static final String KEY = "shell-test-key-0123456789-abcdefghijklmn";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final FakeCimSession host = new FakeCimSession()
            .answer("Msvm_SummaryInformation", List.of(Instances.summary("6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51",
                    "SQL01", 1)))
            .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));
    private Monitor monitor;

    @AfterEach
    void stop() {
        host.release();
        if (monitor != null) {
            monitor.close();
        }
    }

    private void start(boolean withKey) throws Exception {
        String security = withKey ? ", \"security\": { \"api_keys\": [ { \"name\": \"ops\", \"hash\": \""
                + ApiKeyHash.of(KEY, new SecureRandom()) + "\" } ] }" : "";
        HvmonConfig config = ConfigLoader.parse("{ \"listen\": { \"address\": \"127.0.0.1\" }" + security + " }",
                "shell test config").withListenPort(0);
        monitor = Monitor.start(config, List.of(new HostSource("hv01", "fake host", () -> host)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withKeysTheShellLoadsWithoutOneAndSaysOneIsNeededWhileDataStaysClosed() throws Exception {
        start(true);

        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'", "connect-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.body()).contains("<script src=\"/ui/app.js\" defer></script>").doesNotContain("<script>");
        assertThat(get("/ui/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/ui/app.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/ui/icon.svg").statusCode()).isEqualTo(200);
        assertThat(JSON.std.mapFrom(get("/ui/settings.json").body())).containsEntry("key_required", true);

        for (String data : List.of("/hvm/vms", "/hvm/hosts", "/metrics", "/ui/nope")) {
            assertThat(get(data).statusCode()).as(data).isEqualTo(401);
        }
    }

    @Test
    void withoutKeysTheSettingsSaySoToo() throws Exception {
        start(false);
        assertThat(JSON.std.mapFrom(get("/ui/settings.json").body())).containsEntry("key_required", false);
    }
}
