package io.hvmon.app.cli;

import io.hvmon.app.api.Freshness;
import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.HostSource;
import io.hvmon.app.run.DemoSources;
import io.hvmon.app.run.Passwords;
import io.hvmon.app.run.RemoteSources;
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
        description = "Collect once from the hosts in --config (or a simulated host) and print the snapshot as JSON"
                + " (exit code 1 if any host failed).")
final class CollectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config = new ConfigOption();

    @Option(names = "--once", required = true, description = "collect once and exit (required: continuous output is not available yet)")
    boolean once;

    @Option(names = "--simulated", description = "collect from simulated hosts (over WS-Man on loopback; see --vms, --hosts, --seed, --locale, --windows-version) instead of the configured hosts")
    boolean simulated;

    @Mixin
    SimulationOptions simulation = new SimulationOptions();

    @Option(names = "--values", paramLabel = "STYLE", description = "compat, friendly or numeric (default: friendly)")
    String values;

    private DemoSources simulatedHost(HvmonConfig settings) {
        var profile = simulation.profile();
        return DemoSources.start(simulation.hosts, simulation.vms, simulation.seed, profile,
                settings.collection().timeout());
    }

    private static List<HostSource> remoteHosts(HvmonConfig settings) {
        if (settings.hosts().isEmpty()) {
            throw new UserError(2, "no hosts to collect from: list them under \"hosts\" in --config, or use --simulated"
                    + " (reading local WMI on Windows is not part of this build yet)");
        }
        return RemoteSources.of(settings, Passwords.fromSystem());
    }

    @Override
    public Integer call() {
        HvmonConfig settings = config.load();
        LogFlags.of(spec).applyOver(settings.logging());
        ValueStyle style = values == null ? ValueStyle.FRIENDLY : ValueStyle.parse(values).orElseThrow(() ->
                new UserError(2, "--values must be compat, friendly or numeric; got '" + values + "'"));
        Clock clock = Clock.systemUTC();
        Schedule schedule = new Schedule(settings.collection().interval(), settings.collection().timeout());
        SnapshotStore store = new SnapshotStore();
        int failed;
        try (DemoSources simulatedHost = simulated ? simulatedHost(settings) : null;
             Collector collector = new Collector(store, schedule, clock, 16)) {
            List<HostSource> sources = simulatedHost != null ? simulatedHost.sources() : remoteHosts(settings);
            sources.forEach(s -> collector.addHost(s.name(), s.description(), s.sessions()));
            failed = collector.collectOnce();
        }
        byte[] json = CollectView.document(store.hosts(), new Freshness(schedule, clock), style);
        spec.commandLine().getOut().println(new String(json, StandardCharsets.UTF_8));
        return failed == 0 ? 0 : 1;
    }
}
