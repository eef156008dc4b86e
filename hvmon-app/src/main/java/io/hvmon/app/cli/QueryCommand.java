package io.hvmon.app.cli;

import io.hvmon.app.run.UserError;
import io.hvmon.app.view.InstanceView;
import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.http.TlsOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code hvmon query --url URL WQL}: one WQL query over WS-Management, printed as JSON rows. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run one WQL query against a host over WS-Management (WinRM) and print the rows as JSON.")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PasswordOptions password = new PasswordOptions();

    @Option(names = "--url", required = true, paramLabel = "URL", description = "WS-Man endpoint, e.g. https://hv01:5986/wsman")
    URI url;

    @Mixin
    KerberosFlags kerberos = new KerberosFlags();

    @Option(names = "--auth", paramLabel = "SCHEME", defaultValue = "negotiate",
            description = "negotiate (NTLM; sealed over http), kerberos (domain accounts; sealed over http)"
                    + " or basic (default: ${DEFAULT-VALUE})")
    String auth;

    // Not required by picocli: with --auth kerberos --ticket-cache the cache's principal logs on.
    @Option(names = "--user", paramLabel = "USER",
            description = "DOMAIN\\user, user@domain or a local user (required, except with --ticket-cache)")
    String user;

    @Option(names = "--namespace", paramLabel = "NS", defaultValue = "root/virtualization/v2",
            description = "WMI namespace (default: ${DEFAULT-VALUE})")
    String namespace;

    @Option(names = "--ca-file", paramLabel = "PEM", description = "https: trust the CA certificates in this PEM file")
    Path caFile;

    @Option(names = "--insecure", description = "https: do not verify the server certificate (lab use only)")
    boolean insecure;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "per request (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Parameters(paramLabel = "WQL", description = "e.g. \"SELECT Name, ElementName FROM Msvm_ComputerSystem\"")
    String wql;

    @Override
    public Integer call() {
        Limits.check("--timeout", timeoutSeconds, 1, 3600);
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new UserError(2, "--url must be an http:// or https:// URL with a host, e.g. http://hv01:5985/wsman; got " + url);
        }
        if (insecure && caFile != null) {
            throw new UserError(2, "--insecure and --ca-file contradict each other; give one");
        }
        WsManSettings.AuthScheme scheme = switch (auth.toLowerCase(java.util.Locale.ROOT)) {
            case "negotiate", "ntlm" -> WsManSettings.AuthScheme.NEGOTIATE;
            case "kerberos" -> WsManSettings.AuthScheme.KERBEROS;
            case "basic" -> WsManSettings.AuthScheme.BASIC;
            default -> throw new UserError(2, "--auth must be negotiate (NTLM), kerberos or basic; got '" + auth + "'");
        };
        boolean useKerberos = scheme == WsManSettings.AuthScheme.KERBEROS;
        kerberos.check(useKerberos, password);
        if (user == null && !(useKerberos && kerberos.usesTicketCache())) {
            throw new UserError(2, "--user is required (it may be left out only with --auth kerberos --ticket-cache)");
        }
        if (insecure) {
            spec.commandLine().getErr().println("hvmon: warning: --insecure: the server certificate is not verified");
        }
        URI endpoint = url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/")
                ? url.resolve("/wsman") : url;
        char[] secret = useKerberos && !kerberos.needsPassword() ? new char[0] : password.read();
        WsManSettings settings = WsManSettings.of(endpoint, scheme, user == null ? "" : user, secret)
                .withKerberos(useKerberos ? kerberos.apply() : null)
                .withTls(new TlsOptions(!insecure, Optional.ofNullable(caFile)))
                .withTimeouts(Duration.ofSeconds(Math.min(10, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds));
        try (WsManSession session = new WsManSession(settings)) {
            List<CimInstance> rows = session.query(namespace, wql);
            spec.commandLine().getOut().println(new String(InstanceView.rows(rows), StandardCharsets.UTF_8));
            return 0;
        } catch (CimException e) {
            throw new UserError(e.kind() == CimException.Kind.INVALID_QUERY ? 2 : 1, e.getMessage());
        }
    }
}
