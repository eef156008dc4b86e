package io.hvmon.app.cli;

import io.hvmon.app.api.Freshness;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.HostSource;
import io.hvmon.app.run.SimulatedSources;
import io.hvmon.app.run.UserError;
import io.hvmon.app.view.CollectView;
import io.hvmon.app.view.ValueStyle;
import io.hvmon.collect.Collector;
import io.hvmon.collect.Schedule;
import io.hvmon.collect.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code hvmon collect --once}: one collection, printed as JSON; exit 1 when a host failed. */
@Command(name = "collect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Collect once and print the snapshot as JSON (exit code 1 if any host failed).")
final class CollectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config = new ConfigOption();

    @Option(names = "--once", required = true, description = "collect once and exit (required: continuous output is not available yet)")
    boolean once;

    @Option(names = "--simulated", description = "collect from a simulated host instead of the configured hosts")
    boolean simulated;

    @Option(names = "--vms", paramLabel = "N", defaultValue = "24", description = "with --simulated: VMs (default: ${DEFAULT-VALUE})")
    int vms;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "with --simulated: seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--values", paramLabel = "STYLE", description = "compat, friendly or numeric (default: friendly)")
    String values;

    @Override
    public Integer call() {
        HvmonConfig settings = config.load();
        if (!simulated) {
            throw new UserError(2, "collecting from real hosts (local WMI or WS-Management) is not part of this build"
                    + " yet; use --simulated to collect from a simulated host");
        }
        Limits.check("--vms", vms, 0, SimulatedSources.MAX_VMS);
        ValueStyle style = values == null ? ValueStyle.FRIENDLY : ValueStyle.parse(values).orElseThrow(() ->
                new UserError(2, "--values must be compat, friendly or numeric; got '" + values + "'"));
        List<HostSource> sources = SimulatedSources.create(1, vms, seed);
        Clock clock = Clock.systemUTC();
        Schedule schedule = new Schedule(settings.collection().interval(), settings.collection().timeout());
        SnapshotStore store = new SnapshotStore();
        int failed;
        try (Collector collector = new Collector(store, schedule, clock, 4)) {
            sources.forEach(s -> collector.addHost(s.name(), s.description(), s.sessions()));
            failed = collector.collectOnce();
        }
        byte[] json = CollectView.document(store.hosts(), new Freshness(schedule, clock), style);
        spec.commandLine().getOut().println(new String(json, StandardCharsets.UTF_8));
        return failed == 0 ? 0 : 1;
    }
}
