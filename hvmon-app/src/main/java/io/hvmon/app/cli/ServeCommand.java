package io.hvmon.app.cli;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code hvmon serve}: the agent (local WMI on a Hyper-V host) or the agentless collector (the hosts listed in the
 * config). Neither source exists in this build yet; the command says so plainly instead of serving nothing.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the API: as an agent from local WMI (Windows), or as a collector from the hosts in --config.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config = new ConfigOption();

    @Override
    public Integer call() {
        HvmonConfig settings = config.load();
        if (!settings.hosts().isEmpty()) {
            throw new UserError(1, "the config lists " + settings.hosts().size() + " remote host(s), but collection over"
                    + " WS-Management is not part of this build yet; try 'hvmon demo' meanwhile");
        }
        if (!isWindows()) {
            throw new UserError(2, "'hvmon serve' without remote hosts reads local WMI, which needs Windows with Hyper-V"
                    + " (this is " + System.getProperty("os.name") + ").\n"
                    + "  To try hvmon here:             hvmon demo\n"
                    + "  To monitor Hyper-V hosts from here: list them under \"hosts\" in a config file (see docs/CONFIG.md)");
        }
        throw new UserError(1, "reading local WMI (the Windows agent) is not part of this build yet; try 'hvmon demo'");
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
