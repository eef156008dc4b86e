package io.hvmon.app.config;

import static io.hvmon.app.config.ConfigErrorsTest.error;
import static org.assertj.core.api.Assertions.assertThat;

import io.hvmon.app.security.ApiKeyHash;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** listen.tls and security.*: the same strict rules as every other key, and keys never shown. */
class SecurityConfigTest {

    static final String HASH = ApiKeyHash.of("k".repeat(43), new SecureRandom()).toString();

    @Test
    void aFullSecureConfigLoads() throws Exception {
        HvmonConfig config = ConfigLoader.parse("""
                {"listen": {"port": 20501, "tls": {"certificate": "cert.pem", "private_key": "key.pem"}},
                 "security": {"api_keys": [{"name": "prometheus", "hash": "%s"}], "open_paths": ["/healthz/"],
                              "allow": ["10.0.0.0/8", "192.168.1.10", "fd00::/8", "::1", "::ffff:172.16.0.0/108"],
                              "trusted_proxies": ["127.0.0.1"]}}
                """.formatted(HASH), "c");
        assertThat(config.listen().tls()).contains(new ServerTls.Pem(Path.of("cert.pem"), Path.of("key.pem")));
        assertThat(config.security().apiKeys()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("prometheus");
            assertThat(k.hash().toString()).isEqualTo(HASH);
        });
        assertThat(config.security().openPaths()).containsExactly("/healthz");
        assertThat(config.security().allow().orElseThrow()).hasSize(5);
        assertThat(config.withListenPort(0).security()).isEqualTo(config.security());
        assertThat(config.withListenPort(0).listen().tls()).isEqualTo(config.listen().tls());
    }

    @Test
    void pkcs12NeedsAPasswordSourceAndExcludesPem() throws Exception {
        HvmonConfig config = ConfigLoader.parse("{\"listen\": {\"tls\": {\"pkcs12\": \"s.p12\", \"password_env\": \"P12\"}}}", "c");
        assertThat(config.listen().tls()).contains(new ServerTls.Pkcs12(Path.of("s.p12"),
                new RemoteHostConfig.PasswordSource.EnvironmentVariable("P12")));
        assertThat(error("{\"listen\": {\"tls\": {\"pkcs12\": \"s.p12\"}}}"))
                .isEqualTo("config.json:1:20: listen.tls: no password source; expected password_env or password_file");
        assertThat(error("{\"listen\": {\"tls\": {\"pkcs12\": \"s.p12\", \"password_env\": \"P\", \"certificate\": \"c.pem\"}}}"))
                .isEqualTo("config.json:1:61: listen.tls.certificate: not allowed with pkcs12; expected either pkcs12 or"
                        + " certificate and private_key");
        assertThat(error("{\"listen\": {\"tls\": {\"certificate\": \"c.pem\", \"password_env\": \"P\"}}}"))
                .contains("listen.tls.private_key: required key is missing")
                .contains("listen.tls.password_env: only used with pkcs12");
        assertThat(error("{\"listen\": {\"tls\": {\"certificat\": \"c.pem\", \"private_key\": \"k.pem\"}}}"))
                .contains("listen.tls.certificat: unknown key").contains("did you mean 'certificate'?");
        assertThat(error("{\"listen\": {\"tls\": true}}")).contains("listen.tls: expected an object (keys: certificate,"
                + " private_key, pkcs12, password_env, password_file), found true");
    }

    @Test
    void securityValuesAreChecked() {
        assertThat(error("{\"security\": {\"allow\": []}}")).contains("security.allow: is empty, which would refuse every request");
        assertThat(error("{\"security\": {\"allow\": [\"10.0.0.1/8\"]}}"))
                .contains("config.json:1:25: security.allow[0]: expected an IP address or CIDR range")
                .contains("found \"10.0.0.1/8\"");
        assertThat(error("{\"security\": {\"allow\": [\"10.0.0.0/33\", \"fd00::/129\", \"host.example\", \"010.0.0.1\","
                + " \"fe80::1%eth0\", 10]}}")).contains("allow[0]", "allow[1]", "allow[2]", "allow[3]", "allow[4]")
                .contains("security.allow[5]: expected an IP address or CIDR range");
        assertThat(error("{\"security\": {\"trusted_proxies\": \"127.0.0.1\"}}"))
                .contains("security.trusted_proxies: expected an array of address ranges, found \"127.0.0.1\"");
        assertThat(error("{\"security\": {\"open_paths\": [\"healthz\", \"/a?b\"]}}"))
                .contains("open_paths[0]: expected a path such as \"/healthz\"").contains("open_paths[1]");
        assertThat(error("{\"security\": {\"alow\": []}}")).contains("security.alow: unknown key").contains("did you mean 'allow'?");
        assertThat(error("{\"securty\": {}}")).contains("did you mean 'security'?");
        assertThat(error("{\"security\": {\"api_keys\": [{\"name\": \"a\", \"hash\": \"" + HASH + "\"},"
                + " {\"name\": \"A\", \"hash\": \"" + HASH + "\"}]}}"))
                .contains("security.api_keys[1].name: \"A\" is already used by security.api_keys[0]");
        assertThat(error("{\"security\": {\"api_keys\": [{\"name\": \"a b\"}]}}"))
                .contains("api_keys[0].name: expected a key name").contains("api_keys[0].hash: required key is missing");
    }

    @Test
    void aKeyPastedWhereItsHashBelongsIsNeverShown() {
        String key = "Zq3xV0p8N1m7Lr5Tk2Yw9Hs4Jd6Fb0Ca1Ge3Ui5Oo7";
        String message = error("{\"security\": {\"api_keys\": [{\"name\": \"p\", \"hash\": \"" + key + "\"},"
                + " {\"name\": \"q\", \"key\": \"" + key + "\", \"hash\": \"" + HASH + "\"}]}}");
        assertThat(message).contains("security.api_keys[0].hash: expected a hash as printed by 'hvmon key new'")
                .contains("(not shown: it may be a key)")
                .contains("security.api_keys[1].key: not allowed: config.json holds only a key's hash")
                .doesNotContain(key);
    }
}
