package io.hvmon.app.run;

import io.hvmon.app.api.Dashboard;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import io.hvmon.app.config.SecurityConfig;
import io.hvmon.app.config.ServerTls;
import io.hvmon.app.http.HttpOptions;
import io.hvmon.app.security.AccessPolicy;
import io.hvmon.app.security.AddressList;
import io.hvmon.app.security.ApiKey;
import io.hvmon.app.security.ApiKeys;
import io.hvmon.app.security.CredentialSource;
import io.hvmon.app.security.FailureLimiter;
import io.hvmon.app.security.ReloadingKeyManager;
import io.hvmon.app.security.ServerTlsContext;

import java.io.IOException;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Turns the config's {@code listen.tls} and {@code security} into what the HTTP server needs. */
public final class HttpSetup {

    /** How often, at most, a handshake looks at the certificate files for a change. */
    public static final Duration RELOAD_CHECK = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(HttpSetup.class.getName());

    private HttpSetup() {
    }

    public static HttpOptions options(HvmonConfig config, Passwords passwords) {
        SecurityConfig security = config.security();
        AccessPolicy policy = new AccessPolicy(
                new AddressList(security.allow().orElse(List.of())),
                new AddressList(security.trustedProxies()),
                new ApiKeys(security.apiKeys()),
                openPaths(security),
                FailureLimiter.defaults());
        HttpOptions options = HttpOptions.plain(policy).withConnections(config.listen().connectionLimits());
        if (config.listen().tls().isPresent()) {
            options = options.withTls(tls(config.listen().tls().get(), passwords));
        }
        warnIfExposed(config);
        return options;
    }

    /** The configured open paths and the dashboard's shell, which holds no data (the page asks for the key). */
    static Set<String> openPaths(SecurityConfig security) {
        Set<String> open = new java.util.LinkedHashSet<>(security.openPaths());
        open.addAll(Dashboard.SHELL_PATHS);
        return Set.copyOf(open);
    }

    /** Loads the certificate now, so a bad one stops the start with a clear message (exit 2). */
    public static ServerTlsContext tls(ServerTls tls, Passwords passwords) {
        try {
            return ServerTlsContext.create(ReloadingKeyManager.load(source(tls, passwords), RELOAD_CHECK));
        } catch (IOException | GeneralSecurityException e) {
            throw new UserError(2, "listen.tls: cannot load the certificate: " + describe(e));
        }
    }

    public static CredentialSource source(ServerTls tls, Passwords passwords) {
        return switch (tls) {
            case ServerTls.Pem pem -> new CredentialSource.Pem(pem.certificate(), pem.privateKey());
            case ServerTls.Pkcs12 p12 -> new CredentialSource.Pkcs12(p12.file(),
                    () -> passwords.read("listen.tls", p12.password()),
                    p12.password() instanceof PasswordSource.File file ? List.of(file.path()) : List.of());
        };
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + " cannot be read: permission denied";
        }
        return e.getMessage();
    }

    private static void warnIfExposed(HvmonConfig config) {
        SecurityConfig security = config.security();
        String address = config.listen().address();
        boolean loopback = address.equals("127.0.0.1") || address.equals("::1") || address.equals("localhost");
        if (loopback) {
            return;
        }
        if (security.apiKeys().isEmpty()) {
            LOG.warning("the API on " + address + ":" + config.listen().port() + " is open to anyone who can reach"
                    + " it: no security.api_keys are configured (see docs/SECURITY.md)");
        } else {
            LOG.info("API keys required (" + security.apiKeys().stream().map(ApiKey::name)
                    .collect(Collectors.joining(", ")) + ")" + (security.openPaths().isEmpty() ? ""
                    : "; open without a key: " + String.join(", ", security.openPaths())));
        }
        if (config.listen().tls().isEmpty()) {
            LOG.warning("the API is served over plain http: keys and data cross the network unencrypted;"
                    + " set listen.tls");
        }
    }

}
