package io.hvmon.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hvmon.app.api.ReadyWhen;
import io.hvmon.app.view.ValueStyle;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HvmonConfigTest {

    @Test
    void defaults() {
        HvmonConfig config = HvmonConfig.defaults();
        assertThat(config.listen().address()).isEqualTo("0.0.0.0");
        assertThat(config.listen().port()).isEqualTo(20501);
        assertThat(config.values()).isEqualTo(ValueStyle.COMPAT);
        assertThat(config.collection().interval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.collection().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.hosts()).isEmpty();
    }

    @Test
    void flagsOverrideFileValues() {
        HvmonConfig config = HvmonConfig.defaults().withListenPort(8080).withValues(ValueStyle.NUMERIC)
                .withInterval(Duration.ofSeconds(60));
        assertThat(config.listen()).isEqualTo(new HvmonConfig.Listen("0.0.0.0", 8080));
        assertThat(config.values()).isEqualTo(ValueStyle.NUMERIC);
        assertThat(config.collection()).isEqualTo(new HvmonConfig.Collection(Duration.ofSeconds(60), Duration.ofSeconds(10)));
    }

    @Test
    void theReadinessPolicySurvivesAnotherInterval() {
        HvmonConfig config = HvmonConfig.defaults().withReadyWhen(ReadyWhen.ALL_HOSTS).withInterval(Duration.ofSeconds(5));
        assertThat(config.collection().readyWhen()).isEqualTo(ReadyWhen.ALL_HOSTS);
        assertThat(HvmonConfig.defaults().collection().readyWhen()).isEqualTo(ReadyWhen.ANY_HOST);
    }

    @Test
    void portZeroIsAllowedProgrammaticallyForTests() {
        assertThat(HvmonConfig.defaults().withListenPort(0).listen().port()).isZero();
        assertThatThrownBy(() -> HvmonConfig.defaults().withListenPort(65536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HvmonConfig.defaults().withListenPort(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shorterIntervalLowersTheTimeoutWithIt() {
        HvmonConfig config = HvmonConfig.defaults().withInterval(Duration.ofSeconds(5));
        assertThat(config.collection().interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.collection().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(HvmonConfig.defaults().withInterval(Duration.ofMillis(200)).collection().timeout())
                .isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void recordsRefuseWhatTheLoaderRefuses() {
        assertThatThrownBy(() -> HvmonConfig.defaults().withInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HvmonConfig.defaults().withInterval(Duration.ofSeconds(86_401)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HvmonConfig.Collection(Duration.ofSeconds(10), Duration.ofSeconds(11)))
                .hasMessageContaining("longer than interval");
        assertThatThrownBy(() -> new HvmonConfig.Collection(Duration.ofDays(1), Duration.ofSeconds(3601)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HvmonConfig.Listen("bad name", 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RemoteHostConfig.Tls(false, Optional.of(Path.of("ca.pem"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostListIsCopiedAndBounded() {
        RemoteHostConfig host = new RemoteHostConfig("hv01", URI.create("https://hv01/wsman"),
                RemoteHostConfig.Auth.NEGOTIATE, "u", new RemoteHostConfig.PasswordSource.EnvironmentVariable("P"),
                RemoteHostConfig.Tls.DEFAULT);
        List<RemoteHostConfig> hosts = new ArrayList<>(List.of(host));
        HvmonConfig config = new HvmonConfig(HvmonConfig.Listen.DEFAULT, ValueStyle.COMPAT,
                HvmonConfig.Collection.DEFAULT, hosts);
        hosts.clear();
        assertThat(config.hosts()).containsExactly(host);
        assertThatThrownBy(() -> config.hosts().add(host)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new HvmonConfig(HvmonConfig.Listen.DEFAULT, ValueStyle.COMPAT,
                HvmonConfig.Collection.DEFAULT, java.util.Collections.nCopies(1001, host)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withersKeepEverythingElse() throws Exception {
        HvmonConfig file = ConfigLoader.parse(ConfigLoaderTest.FULL, "c");
        HvmonConfig changed = file.withListenPort(9000);
        assertThat(changed.listen().address()).isEqualTo("::1");
        assertThat(changed.values()).isEqualTo(file.values());
        assertThat(changed.collection()).isEqualTo(file.collection());
        assertThat(changed.hosts()).isEqualTo(file.hosts());
    }
}
