package io.hvmon.app.run;

import io.hvmon.app.config.ConfigLoader;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.security.ApiKeyHash;
import io.hvmon.app.security.SelfSignedCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secure deployment of the README, end to end: a config file with listen.tls, API keys, an open /healthz and an
 * allowlist, loaded as `hvmon serve` loads it, serving data collected over WS-Man from a simulated host.
 */
@Timeout(90)
class SecureDeploymentTest {

    private static final String KEY = "k3y-for-the-secure-deployment-test-0123456789";

    @Test
    void tlsKeysAndAllowlistFromAConfigFile(@TempDir Path dir) throws Exception {
        SelfSignedCertificate.write(dir.resolve("tls"), List.of(), SelfSignedCertificate.KeyType.EC, 2);
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {
                  "listen": { "address": "127.0.0.1", "port": 20599,
                              "tls": { "certificate": "tls/cert.pem", "private_key": "tls/key.pem" } },
                  "collection": { "interval_seconds": 2, "timeout_seconds": 2 },
                  "security": {
                    "api_keys": [ { "name": "prometheus", "hash": "%s" } ],
                    "open_paths": ["/healthz"],
                    "allow": ["127.0.0.1/32", "::1"]
                  }
                }
                """.formatted(ApiKeyHash.of(KEY, new SecureRandom())));
        HvmonConfig settings = ConfigLoader.load(config).withListenPort(0);

        try (DemoSources demo = DemoSources.start(1, 8, 5, Duration.ofSeconds(2));
             Monitor monitor = Monitor.start(settings, demo.sources())) {
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(dir.resolve("tls/cert.pem")))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("https://127.0.0.1:" + monitor.port());

            assertThat(get(https, base.resolve("/healthz"), null).statusCode()).as("open path").isEqualTo(200);
            HttpResponse<String> noKey = get(https, base.resolve("/hvm/replicas"), null);
            assertThat(noKey.statusCode()).isEqualTo(401);
            assertThat(noKey.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(get(https, base.resolve("/hvm/replicas"), "wrong-key-wrong-key-wrong").statusCode()).isEqualTo(401);

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            HttpResponse<String> replicas;
            do {
                Thread.sleep(200);
                replicas = get(https, base.resolve("/hvm/replicas"), KEY);
            } while (replicas.statusCode() == 503 && System.nanoTime() < deadline);
            assertThat(replicas.statusCode()).isEqualTo(200);
            assertThat(replicas.body()).startsWith("[{\"id\":");
            assertThat(replicas.headers().firstValue("Cache-Control")).hasValue("no-store");

            HttpClient plain = HttpClient.newHttpClient();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> plain.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + monitor.port() + "/healthz")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()))).as("plain http on the TLS port gets no answer").isNotNull();
        }
    }

    private static HttpResponse<String> get(HttpClient client, URI uri, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (key != null) {
            request.header("X-API-KEY", key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext trusting(Path pem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            store.setCertificateEntry("hvmon", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
