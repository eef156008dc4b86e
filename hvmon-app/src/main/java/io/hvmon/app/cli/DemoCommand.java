package io.hvmon.app.cli;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.Monitor;
import io.hvmon.app.run.DemoSources;
import io.hvmon.app.run.StopSignals;
import io.hvmon.simulator.fleet.SimulationProfile;
import io.hvmon.app.view.ValueStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

/** {@code hvmon demo}: simulated Hyper-V hosts, a collector and the API, in one process. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the API and its start page from simulated Hyper-V hosts (over WS-Management on loopback), to try hvmon and your monitoring pipeline.")
final class DemoCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(DemoCommand.class.getName());

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

    @Mixin
    SimulationOptions simulation = new SimulationOptions();

    @Option(names = "--values", paramLabel = "STYLE", description = "default value style: compat, friendly or numeric (default: compat)")
    String values;

    @Override
    public Integer call() throws InterruptedException {
        SimulationProfile profile = simulation.profile();
        HvmonConfig settings = settings();
        LogFlags.of(spec).applyOver(settings.logging());
        if (!settings.hosts().isEmpty()) {
            LOG.warning("the demo collects its simulated hosts only: the " + settings.hosts().size()
                    + " host(s) under \"hosts\" in --config are left out (hvmon serve --config collects them)");
        }
        int hosts = simulation.hosts;
        // The API first: it answers /healthz while the simulated hosts are being set up.
        try (StopSignals stop = StopSignals.install();
             Monitor monitor = Monitor.listen(settings);
             DemoSources demo = DemoSources.start(hosts, simulation.vms, simulation.seed, profile,
                     settings.collection().timeout())) {
            monitor.collect(demo.sources());
            String base = Urls.base(monitor, settings.listen().address());
            spec.commandLine().getOut().printf("hvmon demo: %d simulated Hyper-V host(s), %d VMs each (seed %d), collected"
                    + " every %d s over WS-Management (NTLM, message encryption)%n", hosts, simulation.vms, simulation.seed,
                    settings.collection().interval().toSeconds());
            spec.commandLine().getOut().printf("  start page  %s/%n  replicas    %s/hvm/replicas%n  all VMs     %s/hvm/vms%n"
                    + "  host        %s/hvm/hosts%nPress Ctrl+C to stop.%n", base, base, base, base);
            spec.commandLine().getOut().flush();
            monitor.serveUntilStopped(stop, demo);
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
