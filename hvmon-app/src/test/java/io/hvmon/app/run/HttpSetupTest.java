package io.hvmon.app.run;

import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.http.ConnectionLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpSetupTest {

    @Test
    void theConfigsConnectionCountsReachTheServer() throws Exception {
        HvmonConfig config = ConfigLoader.parse("{\"listen\": {\"address\": \"127.0.0.1\", \"max_connections\": 50,"
                + " \"max_connections_per_client\": 5}}", "c.json");
        assertThat(HttpSetup.options(config, Passwords.fromSystem()).connections())
                .isEqualTo(ConnectionLimits.DEFAULTS.withCounts(50, 5));
        assertThat(HttpSetup.options(HvmonConfig.defaults().withListenAddress("127.0.0.1"), Passwords.fromSystem())
                .connections()).isEqualTo(ConnectionLimits.DEFAULTS);
    }
}
