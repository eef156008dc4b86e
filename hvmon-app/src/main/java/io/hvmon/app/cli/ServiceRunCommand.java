package io.hvmon.app.cli;

import io.hvmon.app.log.Logging;
import io.hvmon.app.run.UserError;
import io.hvmon.windows.host.AgentFiles;
import io.hvmon.windows.host.AgentPaths;
import io.hvmon.windows.service.EventLog;
import io.hvmon.windows.service.RunOutcome;
import io.hvmon.windows.service.ServiceApp;
import io.hvmon.windows.service.ServiceTimings;
import io.hvmon.windows.service.WindowsEventLog;
import io.hvmon.windows.service.WindowsServiceHost;
import io.hvmon.windows.service.manage.ServiceManagementException;
import io.hvmon.windows.service.manage.Win32Errors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * {@code hvmon service run}: the service's own process, started by the service control manager with the command line
 * that {@code install} wrote. Serves as {@code hvmon serve} does, reporting to the SCM.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"What the Windows service manager starts (the service's command line); not for a console,"
                + " where 'hvmon serve' does the same.",
                "Reads --config, else %%ProgramData%%\\hvmon\\config.json (created with the defaults when missing);"
                        + " logs to %%ProgramData%%\\hvmon\\logs\\hvmon.log and the Application event log."})
final class ServiceRunCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ServiceRunCommand.class.getName());

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceNameOption service = new ServiceNameOption();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "config.json to read (default: config.json in %%ProgramData%%\\hvmon)")
    Path config;

    @Override
    public Integer call() {
        String name = service.forWindows("run", "runs hvmon as a Windows service");
        AgentPaths paths = AgentPaths.ofThisMachine();
        Path configFile = config == null ? paths.configFile() : config.toAbsolutePath().normalize();
        MonitorServiceApp monitor = new MonitorServiceApp(configFile,
                config == null ? file -> AgentFiles.ensureConfig(paths) : MonitorServiceApp.ConfigCreator.NONE,
                LogFlags.of(spec));
        ServiceApp app = withLogFile(monitor, paths.logDirectory());

        EventLog events = WindowsEventLog.open(name);
        RunOutcome outcome;
        try {
            outcome = WindowsServiceHost.run(name, app, events, ServiceTimings.DEFAULT);
        } catch (ServiceManagementException e) {
            throw new UserError(e.win32Error() == Win32Errors.ERROR_FAILED_SERVICE_CONTROLLER_CONNECT ? 2 : 1,
                    e.getMessage());
        } finally {
            if (events instanceof AutoCloseable closeable) {
                closeQuietly(closeable);
            }
        }
        if (outcome.endProcessNow()) {
            // The app did not finish starting or stopping: its threads may hold locks that exit hooks would wait on.
            for (Handler handler : Logger.getLogger("").getHandlers()) {
                handler.flush();
            }
            Runtime.getRuntime().halt(outcome.processExitCode());
        }
        return outcome.processExitCode();
    }

    /** Starts logging to hvmon.log first thing in the service's start, so a console misuse touches no files. */
    private static ServiceApp withLogFile(ServiceApp app, Path logDirectory) {
        return new ServiceApp() {
            @Override
            public String start() {
                try {
                    Logging.alsoToFile(logDirectory);
                } catch (IOException e) {
                    LOG.warning("cannot log to " + logDirectory + ": " + e.getMessage() + "; logging to the Event Log only");
                }
                return app.start();
            }

            @Override
            public void stop() {
                app.stop();
            }
        };
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // the process ends next; nothing left to tell
        }
    }
}
