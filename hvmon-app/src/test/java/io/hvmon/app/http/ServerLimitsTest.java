package io.hvmon.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test JVM runs with hvmon's limits (hvmon-app/pom.xml sets them, since a simulator may start a server first). */
class ServerLimitsTest {

    @Test
    void theTestJvmHasTheSameLimitsAsHvmon() {
        ServerLimits.apply();
        ServerLimits.DEFAULTS.forEach((name, value) -> assertThat(System.getProperty(name)).as(name).isEqualTo(value));
    }
}
