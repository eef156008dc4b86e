package io.hvmon.app.cli;

import io.hvmon.app.run.SelfSignedTls;
import io.hvmon.app.run.SimulatedEndpoints;
import io.hvmon.app.run.StopSignals;
import io.hvmon.app.run.UserError;
import io.hvmon.simulator.wsman.CbtHardening;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import io.hvmon.simulator.wsman.FaultPlan;
import io.hvmon.simulator.wsman.WsManEndpoint;
import io.hvmon.wsman.kerberos.KerberosAcceptor;
import io.hvmon.wsman.kerberos.KerberosException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

/** {@code hvmon simulate}: simulated Hyper-V hosts served over WS-Management, as Windows serves them. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve simulated Hyper-V hosts over WS-Management (WinRM), to test collectors and pipelines.")
final class SimulateCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(SimulateCommand.class.getName());

    @Spec
    CommandSpec spec;

    @Mixin
    PasswordOptions password = new PasswordOptions();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "5985",
            description = "port of the first host; host i listens on PORT+i-1 (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    String address;

    @Mixin
    SimulationOptions simulation = new SimulationOptions();

    @Option(names = "--auth", paramLabel = "SCHEMES", defaultValue = "negotiate",
            description = "offered schemes, comma-separated: negotiate (NTLM), kerberos, basic (default: ${DEFAULT-VALUE})")
    String auth;

    @Option(names = "--keytab", paramLabel = "FILE",
            description = "kerberos: the keytab with the host's service keys (as a domain-joined host has them)")
    Path keytab;

    @Option(names = "--principal", paramLabel = "SPN",
            description = "kerberos: the host's service principal in the keytab, e.g. HTTP/hv01.example.com@EXAMPLE.COM")
    String principal;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "hvmon", description = "the account (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--allow-unencrypted", description = "WinRM AllowUnencrypted=true: accept Basic and unsealed messages over http")
    boolean allowUnencrypted;

    @Option(names = "--tls", description = "serve https with a new self-signed certificate (its PEM is printed for clients)")
    boolean tls;

    @Option(names = "--cbt-hardening", paramLabel = "LEVEL", defaultValue = "relaxed",
            description = "https: WinRM's CbtHardeningLevel for the TLS channel binding in logons: none, relaxed"
                    + " (a binding sent must match; Windows' default) or strict (required; for Kerberos the"
                    + " simulator checks bindings only here) (default: ${DEFAULT-VALUE})")
    String cbtHardening;

    @Option(names = "--faults", paramLabel = "SPEC",
            description = "inject failures, e.g. latency=200ms,fault=0.05,drop=0.02,malformed=0.01,trickle=0.01,authfail=0.01,seed=7")
    String faults;

    @Override
    public Integer call() throws Exception {
        var profile = simulation.profile();
        Limits.check("--port", port, 0, 65535 - simulation.hosts + 1);
        EndpointOptions options;
        try {
            Set<Scheme> schemes = schemes();
            // Kerberos alone needs no password: the KDC checks the user's, the keytab holds the host's keys
            char[] secret = schemes.equals(EnumSet.of(Scheme.KERBEROS)) ? new char[0] : password.read();
            options = new EndpointOptions(schemes, user, secret, allowUnencrypted, null,
                    FaultPlan.parse(faults), Duration.ofSeconds(60), kerberos(schemes), cbtHardening());
        } catch (IllegalArgumentException e) {
            throw new UserError(2, e.getMessage());
        }
        Path pem = null;
        if (tls) {
            SelfSignedTls certificate = SelfSignedTls.create(Files.createTempDirectory("hvmon-simulate"),
                    java.util.List.of());
            options = options.withTls(certificate.context());
            pem = certificate.pem();
        }
        try (StopSignals stop = StopSignals.install()) {
            try (SimulatedEndpoints fleet = SimulatedEndpoints.start(simulation.hosts, simulation.vms,
                    simulation.seed, profile, address, port, options)) {
                report(fleet, options, pem);
                LOG.info("stopping: " + stop.await());
            }
            LOG.info("stopped");
        }
        return 0;
    }

    private Set<Scheme> schemes() {
        Set<Scheme> schemes = EnumSet.noneOf(Scheme.class);
        for (String name : auth.split(",")) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "negotiate", "ntlm" -> schemes.add(Scheme.NEGOTIATE);
                case "basic" -> schemes.add(Scheme.BASIC);
                case "kerberos" -> schemes.add(Scheme.KERBEROS);
                default -> throw new UserError(2, "--auth: unknown scheme '" + name.strip()
                        + "' (expected negotiate, kerberos, basic)");
            }
        }
        return schemes;
    }

    private CbtHardening cbtHardening() {
        return switch (cbtHardening.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> CbtHardening.NONE;
            case "relaxed" -> CbtHardening.RELAXED;
            case "strict" -> CbtHardening.STRICT;
            default -> throw new UserError(2, "--cbt-hardening: unknown level '" + cbtHardening.strip()
                    + "' (expected none, relaxed or strict)");
        };
    }

    /** The host's service keys when Kerberos is offered: both --keytab and --principal, or a clear refusal. */
    private KerberosAcceptor kerberos(Set<Scheme> schemes) {
        if (!schemes.contains(Scheme.KERBEROS)) {
            if (keytab != null || principal != null) {
                throw new UserError(2, "--keytab and --principal are for --auth kerberos");
            }
            return null;
        }
        if (keytab == null || principal == null) {
            throw new UserError(2, "--auth kerberos needs the host's keys: --keytab FILE and --principal"
                    + " HTTP/<host>@<REALM> (the principal the keytab holds)");
        }
        try {
            return KerberosAcceptor.fromKeytab(principal, keytab);
        } catch (KerberosException e) {
            throw new UserError(2, "--keytab " + keytab + ": " + e.getMessage());
        }
    }

    private void report(SimulatedEndpoints fleet, EndpointOptions options, Path pem) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("hvmon simulate: %d simulated Hyper-V host(s), %d VMs each (seed %d, Windows Server %s, %s)%n",
                simulation.hosts, simulation.vms, simulation.seed, simulation.windowsVersion, simulation.locale);
        for (WsManEndpoint endpoint : fleet.endpoints()) {
            out.printf("  %-10s %s%n", endpoint.hostName(), endpoint.url(address.contains(":") ? "[" + address + "]" : address));
        }
        out.printf("  auth %s, user %s, AllowUnencrypted %s%s%s%n", options.schemes().toString().toLowerCase(Locale.ROOT),
                user, allowUnencrypted, principal == null ? "" : ", Kerberos as " + principal,
                faults == null ? "" : ", faults " + options.faults());
        if (pem != null) {
            out.printf("  certificate for clients: %s (CbtHardeningLevel %s)%n", pem,
                    options.cbtHardening().name().toLowerCase(Locale.ROOT));
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }
}
