package io.hvmon.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A password never ends up in a record or a message, wherever it is (mis)placed in the file. */
class SecretsTest {

    static final String PASSWORD = "Hunter2!sekret";

    static final String HOST = "\"name\": \"hv01\", \"url\": \"https://hv01/wsman\", \"user\": \"u\"";

    @Test
    void passwordEnvIsValidatedWithoutShowingTheValue() {
        String message = ConfigErrorsTest.error("{\"hosts\": [{" + HOST + ", \"password_env\": \"" + PASSWORD + "\"}]}");
        assertThat(message).contains("hosts[0].password_env: expected the name of an environment variable")
                .doesNotContain(PASSWORD);
    }

    @Test
    void passwordEnvIsNotReadWhileParsing() throws Exception {
        // PATH exists everywhere; the record keeps the variable's name, not its value.
        RemoteHostConfig host = ConfigLoader.parse("{\"hosts\": [{" + HOST + ", \"password_env\": \"PATH\"}]}", "c")
                .hosts().get(0);
        assertThat(host.password()).isEqualTo(new RemoteHostConfig.PasswordSource.EnvironmentVariable("PATH"));
        assertThat(host.toString()).doesNotContain(System.getenv("PATH"));
    }

    @Test
    void misplacedPasswordsAreNeverEchoed() {
        List<String> files = List.of(
                "{\"hosts\": [{" + HOST + ", \"password\": \"" + PASSWORD + "\"}]}",
                "{\"hosts\": [{" + HOST + ", \"password_env\": 12345, \"password\": " + 987654 + "}]}",
                "{\"hosts\": [{" + HOST + ", \"password_file\": \"" + PASSWORD + "\", \"password_env\": \"" + PASSWORD + "\"}]}",
                "{\"hosts\": [{" + HOST + ", \"password_file\": [\"" + PASSWORD + "\"]}]}",
                "{\"hosts\": [{" + HOST + ", \"password_env\": {\"v\": \"" + PASSWORD + "\"}}]}",
                "{\"hosts\": [{\"name\": \"hv01\", \"url\": \"https://u:" + PASSWORD + "@hv01/wsman\", \"user\": \"u\","
                        + " \"password_env\": \"P\"}]}");
        for (String json : files) {
            assertThat(ConfigErrorsTest.error(json)).doesNotContain(PASSWORD, "12345", "987654");
        }
    }

    @Test
    void passwordKeyIsRefusedWithAHint() {
        assertThat(ConfigErrorsTest.error("{\"hosts\": [{" + HOST + ", \"password_env\": \"P\", \"password\": \"" + PASSWORD + "\"}]}"))
                .isEqualTo("config.json:1:92: hosts[0].password: not allowed: config.json never holds passwords"
                        + " (use password_env or password_file)");
    }

    @Test
    void credentialsInTheUrlAreRefusedWithoutShowingIt() {
        assertThat(ConfigErrorsTest.error("{\"hosts\": [{\"name\": \"hv01\", \"url\": \"https://u:" + PASSWORD
                + "@hv01/wsman\", \"user\": \"u\", \"password_env\": \"P\"}]}"))
                .isEqualTo("config.json:1:36: hosts[0].url: must not contain a user name or password (use user and"
                        + " password_env or password_file); the value is not shown");
    }

    @Test
    void recordsHoldOnlyWhereThePasswordComesFrom() throws Exception {
        HvmonConfig config = ConfigLoader.parse(ConfigLoaderTest.FULL, "c");
        assertThat(config.toString())
                .contains("EnvironmentVariable[variable=HV01_PASSWORD]", "File[path=" + Path.of("secrets", "hv02.txt") + "]");
        for (var component : RemoteHostConfig.class.getRecordComponents()) {
            assertThat(component.getType()).isNotEqualTo(char[].class);
            assertThat(component.getName()).isNotIn("secret", "passwordValue");
        }
    }
}
