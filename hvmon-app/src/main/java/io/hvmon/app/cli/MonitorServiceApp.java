package io.hvmon.app.cli;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.HostSource;
import io.hvmon.app.run.Monitor;
import io.hvmon.app.run.ServeSources;
import io.hvmon.app.run.UserError;
import io.hvmon.windows.service.ExitStatus;
import io.hvmon.windows.service.ServiceApp;
import io.hvmon.windows.service.ServiceFailure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * What {@code hvmon service run} runs: the same monitor as {@code hvmon serve}, started and stopped by the service
 * control manager. A {@link UserError} at start becomes a {@link ServiceFailure} with the same code (2 bad config,
 * 1 runtime failure such as a taken port), which the service reports as its service-specific exit code.
 */
final class MonitorServiceApp implements ServiceApp {

    private static final Logger LOG = Logger.getLogger(MonitorServiceApp.class.getName());

    /** Writes the default config when the file is missing; returns whether it did. */
    @FunctionalInterface
    interface ConfigCreator {
        boolean createIfMissing(Path file) throws IOException;

        ConfigCreator NONE = file -> false;
    }

    private final Path configFile;
    private final ConfigCreator creator;
    private final LogFlags logFlags;
    private volatile Monitor monitor;

    /**
     * @param configFile the config to serve with
     * @param creator    creates it when missing (the agent's own config file), or {@link ConfigCreator#NONE}
     */
    MonitorServiceApp(Path configFile, ConfigCreator creator) {
        this(configFile, creator, new LogFlags(null, null));
    }

    /** As above, with the command line's --log-level and --log-format put over the config's {@code logging}. */
    MonitorServiceApp(Path configFile, ConfigCreator creator, LogFlags logFlags) {
        this.configFile = configFile;
        this.creator = creator;
        this.logFlags = logFlags;
    }

    @Override
    public String start() {
        try {
            if (creator.createIfMissing(configFile)) {
                LOG.info("created " + configFile + " with the defaults (Administrators and SYSTEM may read and change it)");
            }
        } catch (IOException e) {
            throw new ServiceFailure(ExitStatus.RUNTIME_FAILURE, "cannot create the config file " + configFile + ": "
                    + e.getMessage());
        }
        try {
            HvmonConfig settings = ConfigOption.load(configFile);
            logFlags.applyOver(settings.logging());
            List<HostSource> sources = ServeSources.of(settings);
            Monitor started = Monitor.start(settings, sources);
            monitor = started;
            String what = ServeSources.isAgent(settings)
                    ? "this machine's WMI (" + sources.getFirst().name() + ")"
                    : sources.size() + " host(s) over WS-Management";
            return "serving " + Urls.base(started, settings.listen().address()) + "/ from " + what + ", collected every "
                    + settings.collection().interval().toSeconds() + " s; config " + configFile;
        } catch (UserError e) {
            throw new ServiceFailure(e.exitCode(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        Monitor running = monitor;
        if (running != null) {
            running.close();
        }
    }
}
