package io.hvmon.app.cli;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.Monitor;
import io.hvmon.app.run.DemoSources;
import io.hvmon.app.run.SimulatedEndpoints;
import io.hvmon.app.view.ValueStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code hvmon demo}: simulated Hyper-V hosts, a collector and the API, in one process. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the API and dashboard from simulated Hyper-V hosts, to try hvmon and your monitoring pipeline.")
final class DemoCommand implements Callable<Integer> {

    static final Duration DEMO_INTERVAL = Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config = new ConfigOption();

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 20501, or listen.port of --config)")
    Integer port;

    @Option(names = "--address", paramLabel = "ADDRESS",
            description = "address to listen on (default: 127.0.0.1, or listen.address of --config)")
    String address;

    @Option(names = "--vms", paramLabel = "N", defaultValue = "24", description = "VMs per simulated host (default: ${DEFAULT-VALUE})")
    int vms;

    @Option(names = "--hosts", paramLabel = "M", defaultValue = "1", description = "simulated hosts (default: ${DEFAULT-VALUE})")
    int hosts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "seed of the simulation (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--values", paramLabel = "STYLE", description = "default value style: compat, friendly or numeric (default: compat)")
    String values;

    @Override
    public Integer call() throws InterruptedException {
        Limits.check("--vms", vms, 0, SimulatedEndpoints.MAX_VMS);
        Limits.check("--hosts", hosts, 1, SimulatedEndpoints.MAX_HOSTS);
        HvmonConfig settings = settings();
        try (DemoSources demo = DemoSources.start(hosts, vms, seed, settings.collection().timeout());
             Monitor monitor = Monitor.start(settings, demo.sources())) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                monitor.close();
                demo.close();
            }, "hvmon-shutdown"));
            String base = (monitor.https() ? "https://" : "http://") + Urls.host(settings.listen().address()) + ":" + monitor.port();
            spec.commandLine().getOut().printf("hvmon demo: %d simulated Hyper-V host(s), %d VMs each (seed %d), collected"
                    + " every %d s over WS-Management (NTLM, message encryption)%n", hosts, vms, seed,
                    settings.collection().interval().toSeconds());
            spec.commandLine().getOut().printf("  dashboard   %s/%n  replicas    %s/hvm/replicas%n  all VMs     %s/hvm/vms%n"
                    + "  host        %s/hvm/hosts%nPress Ctrl+C to stop.%n", base, base, base, base);
            spec.commandLine().getOut().flush();
            monitor.awaitClose();
        }
        return 0;
    }

    /** Flags over --config over the demo's own defaults (loopback only, a 5 s interval). */
    private HvmonConfig settings() {
        HvmonConfig base = config.load();
        boolean fromFile = config.file != null;
        if (!fromFile) {
            base = base.withListenAddress("127.0.0.1").withInterval(DEMO_INTERVAL);
        }
        if (address != null) {
            base = base.withListenAddress(address);
        }
        if (port != null) {
            Limits.check("--port", port, 0, 65535);
            base = base.withListenPort(port);
        }
        if (values != null) {
            base = base.withValues(ValueStyle.parse(values).orElseThrow(() -> new io.hvmon.app.run.UserError(2,
                    "--values must be compat, friendly or numeric; got '" + values + "'")));
        }
        return base;
    }
}
