package io.hvmon.app.cli;

import io.hvmon.app.http.ServerLimits;
import io.hvmon.app.log.Logging;
import io.hvmon.app.run.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hvmon} command line. */
@Command(name = "hvmon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Monitors Microsoft Hyper-V: VMs, Hyper-V Replica and hosts.%n"
                + "Serves /hvm/replicas (compatible with the original Hyper-V Monitoring tool) and more on port 20501.",
        subcommands = {DemoCommand.class, ServeCommand.class, CollectCommand.class, QueryCommand.class,
                SimulateCommand.class, ConfigCommand.class, KeyCommand.class, CertCommand.class, ServiceCommand.class,
                CommandLine.HelpCommand.class},
        footer = "%nStart with: hvmon demo")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 bad usage or config. */
    public static int run(String... args) {
        ServerLimits.apply(); // before any HTTP server of the process exists: the JDK reads them once
        Logging.configure();
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(Main::handleFailure)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Known failures are one line for the user; anything else is a bug, reported with its stack trace. */
    private static int handleFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (e instanceof UserError error) {
            commandLine.getErr().println("hvmon: " + error.getMessage());
            return error.exitCode();
        }
        commandLine.getErr().println("hvmon: internal error: " + e);
        e.printStackTrace(commandLine.getErr());
        return 1;
    }
}
