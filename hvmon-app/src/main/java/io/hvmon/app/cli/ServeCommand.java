package io.hvmon.app.cli;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.Monitor;
import io.hvmon.app.run.Passwords;
import io.hvmon.app.run.RemoteSources;
import io.hvmon.app.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code hvmon serve}: the agentless collector (the hosts listed in the config, over WS-Management), or the agent
 * (local WMI on a Hyper-V host), which is not part of this build yet and says so instead of serving nothing.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the API: as a collector from the hosts in --config (WS-Management), or as an agent from"
                + " local WMI (Windows).")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config = new ConfigOption();

    @Override
    public Integer call() throws InterruptedException {
        HvmonConfig settings = config.load();
        if (settings.hosts().isEmpty()) {
            throw localWmiUnavailable();
        }
        var sources = RemoteSources.create(settings.hosts(), Passwords.fromSystem(), settings.collection().timeout());
        try (Monitor monitor = Monitor.start(settings, sources)) {
            spec.commandLine().getOut().printf("hvmon: collecting %d host(s) over WS-Management every %d s;"
                            + " API on %s/%n", sources.size(), settings.collection().interval().toSeconds(),
                    Urls.base(monitor, settings.listen().address()));
            spec.commandLine().getOut().flush();
            monitor.serveUntilStopped();
        }
        return 0;
    }

    private static UserError localWmiUnavailable() {
        if (!isWindows()) {
            return new UserError(2, "'hvmon serve' without remote hosts reads local WMI, which needs Windows with"
                    + " Hyper-V (this is " + System.getProperty("os.name") + ").\n"
                    + "  To try hvmon here:                  hvmon demo\n"
                    + "  To monitor Hyper-V hosts from here: list them under \"hosts\" in a config file (see docs/CONFIG.md)");
        }
        return new UserError(1, "reading local WMI (the Windows agent) is not part of this build yet; list remote"
                + " hosts under \"hosts\" in the config, or try 'hvmon demo'");
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
