package io.hvmon.app.run;

import io.hvmon.app.config.RemoteHostConfig;
import io.hvmon.app.config.RemoteHostConfig.Auth;
import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import io.hvmon.app.config.RemoteHostConfig.Tls;
import io.hvmon.app.http.LogCapture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every start says it when a host's password crosses the network in clear (Basic over http, accepted in config). */
class CleartextWarningsTest {

    private static final Passwords PASSWORDS = new Passwords(Map.of("P", "Secret-Pa55")::get);

    private static RemoteHostConfig host(String name, String url, Auth auth) {
        return new RemoteHostConfig(name, URI.create(url), auth, "monitor", new PasswordSource.EnvironmentVariable("P"),
                Tls.DEFAULT);
    }

    @Test
    void basicOverHttpIsWarnedAboutAndNothingElse() {
        try (LogCapture logs = new LogCapture()) {
            RemoteSources.create(List.of(host("lab", "http://lab:5985/wsman", Auth.BASIC),
                    host("tls", "https://hv01:5986/wsman", Auth.BASIC),
                    host("ntlm", "http://hv02:5985/wsman", Auth.NEGOTIATE)), PASSWORDS, Duration.ofSeconds(10));

            List<String> warnings = logs.lines().stream().filter(line -> line.contains(" WARNING ")).toList();
            assertThat(warnings).singleElement().asString()
                    .contains("host lab: Basic authentication over plain http (insecure_basic_over_http true)")
                    .doesNotContain("Secret-Pa55");
        }
    }
}
