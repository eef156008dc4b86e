package io.hvmon.app.run;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The API is served before the hosts are known (the demo binds first, then sets up its simulated hosts). */
@Timeout(60)
class ListenFirstTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private Monitor monitor;

    @AfterEach
    void stop() {
        if (monitor != null) {
            monitor.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthzAnswersBeforeAnyHostIsAddedAndReadyzWaitsForData() throws Exception {
        monitor = Monitor.listen(HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(Duration.ofSeconds(1)));

        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        assertThat(get("/readyz").statusCode()).isEqualTo(503);
        assertThat(get("/hvm/hosts").body()).isEqualTo("[]");

        FakeCimSession host = new FakeCimSession()
                .answer("Msvm_SummaryInformation", List.of(Instances.summary("6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51", "SQL01", 1)))
                .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));
        monitor.collect(List.of(new HostSource("hv01", "fake host", () -> host)));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get("/readyz").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(get("/readyz").statusCode()).isEqualTo(200);
        assertThat(get("/hvm/hosts").body()).contains("\"name\":\"hv01\"");
    }
}
