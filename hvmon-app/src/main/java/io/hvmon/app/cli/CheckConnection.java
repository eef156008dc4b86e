package io.hvmon.app.cli;

import io.hvmon.app.check.ApiKeyFile;
import io.hvmon.app.check.CheckFailure;
import io.hvmon.app.check.HvmonClient;
import io.hvmon.wsman.http.TlsContexts;
import io.hvmon.wsman.http.TlsOptions;
import picocli.CommandLine.Option;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** How {@code hvmon check} reaches hvmon: URL, timeout, API key (never on the command line), CA file. */
final class CheckConnection {

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:20501",
            description = "the hvmon to ask (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", defaultValue = "10",
            description = "UNKNOWN when no whole answer within this time (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "send the API key in this environment variable")
    String apiKeyEnvironment;

    @Option(names = "--api-key-file", paramLabel = "FILE", description = "send the API key in this file (not readable by every user: mode 600 or 640)")
    Path apiKeyFile;

    @Option(names = "--ca-file", paramLabel = "PEM",
            description = "https: trust the CA certificates in this PEM file (else the JDK's trusted CAs)")
    Path caFile;

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** The client; a bad setting is a {@link CheckFailure}, reported as UNKNOWN like any other. */
    HvmonClient client() throws CheckFailure {
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new CheckFailure("--timeout must be 1 to 3600 seconds, got " + timeoutSeconds);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new CheckFailure("--url must be an http:// or https:// URL with a host, e.g. "
                    + "https://hv01.example.com:20501; got " + url);
        }
        if (caFile != null && !scheme.equals("https")) {
            throw new CheckFailure("--ca-file is for https URLs; --url is " + url);
        }
        return new HvmonClient(url, timeout(), apiKey(), scheme.equals("https") ? tls() : null);
    }

    private String apiKey() throws CheckFailure {
        if (apiKeyEnvironment != null && apiKeyFile != null) {
            throw new CheckFailure("give --api-key-env or --api-key-file, not both");
        }
        if (apiKeyEnvironment != null) {
            String key = System.getenv(apiKeyEnvironment);
            if (key == null || key.isBlank()) {
                throw new CheckFailure("--api-key-env: the environment variable " + apiKeyEnvironment + " is "
                        + (key == null ? "not set" : "empty"));
            }
            return key.strip();
        }
        return apiKeyFile == null ? null : ApiKeyFile.read(apiKeyFile);
    }

    private SSLContext tls() throws CheckFailure {
        try {
            return TlsContexts.client(new TlsOptions(true, Optional.ofNullable(caFile)));
        } catch (IOException e) {
            throw new CheckFailure("--ca-file " + caFile + ": " + e.getMessage());
        }
    }
}
