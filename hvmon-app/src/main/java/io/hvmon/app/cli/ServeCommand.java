package io.hvmon.app.cli;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.HostSource;
import io.hvmon.app.run.Monitor;
import io.hvmon.app.run.ServeSources;
import io.hvmon.app.run.StopSignals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hvmon serve}: the collector (the hosts listed in the config, over WS-Management) or, with no hosts listed,
 * the agent (this Windows machine's own WMI, over COM).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve the API: as a collector from the hosts listed under \"hosts\" in --config (over"
                + " WS-Management), or, with no hosts listed, as the agent on a Hyper-V host from its own WMI (Windows).",
                "On Windows without --config: %%ProgramData%%\\hvmon\\config.json when it exists, else the defaults."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config = new ConfigOption();

    @Override
    public Integer call() throws InterruptedException {
        HvmonConfig settings = config.loadOrAgentDefault();
        LogFlags.of(spec).applyOver(settings.logging());
        List<HostSource> sources = ServeSources.of(settings);
        try (StopSignals stop = StopSignals.install(); Monitor monitor = Monitor.start(settings, sources)) {
            String what = ServeSources.isAgent(settings)
                    ? "reading this machine's WMI (" + sources.getFirst().name() + ")"
                    : "collecting " + sources.size() + " host(s) over WS-Management";
            spec.commandLine().getOut().printf("hvmon: %s every %d s; API on %s/%n", what,
                    settings.collection().interval().toSeconds(), Urls.base(monitor, settings.listen().address()));
            spec.commandLine().getOut().flush();
            monitor.serveUntilStopped(stop);
        }
        return 0;
    }
}
