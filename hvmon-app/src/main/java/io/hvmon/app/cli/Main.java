package io.hvmon.app.cli;

import io.hvmon.app.log.LogFormat;
import io.hvmon.app.log.LogLevel;
import io.hvmon.app.log.LogSettings;
import io.hvmon.app.log.Logging;
import io.hvmon.app.run.Preinitializer;
import io.hvmon.app.run.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code hvmon} command line. Its subcommands are added by {@link Subcommands}, only those a run needs. */
@Command(name = "hvmon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Monitors Microsoft Hyper-V: VMs, Hyper-V Replica and hosts.%n"
                + "Serves /hvm/replicas (compatible with the original Hyper-V Monitoring tool) and more on port 20501.",
        footer = "%nStart with: hvmon demo")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Global: accepted before or after any command name (hvmon --log-level debug demo, hvmon demo --log-level debug).
    @Option(names = "--log-level", paramLabel = "LEVEL", scope = ScopeType.INHERIT, converter = LogFlags.LevelConverter.class,
            description = "error, warn, info or debug (default: info, or logging.level of --config)")
    LogLevel logLevel;

    @Option(names = "--log-format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            converter = LogFlags.FormatConverter.class,
            description = "text or json, one JSON object per line (default: text, or logging.format of --config)")
    LogFormat logFormat;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 bad usage or config. */
    public static int run(String... args) {
        java.util.List<String> subcommands = Subcommands.neededFor(args);
        if (Subcommands.serves(subcommands)) {
            Preinitializer.startForServing();
        }
        Logging.configure();
        return withSubcommands(subcommands).execute(args);
    }

    /** The command line with every subcommand (what help shows). */
    static CommandLine commandLine() {
        return withSubcommands(Subcommands.names());
    }

    /** The command line with the subcommands these arguments need (see {@link Subcommands#neededFor}). */
    static CommandLine commandLine(String... args) {
        return withSubcommands(Subcommands.neededFor(args));
    }

    private static CommandLine withSubcommands(java.util.List<String> subcommands) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        Subcommands.addTo(cli, subcommands); // before the settings below, which apply to the subcommands present
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        return cli
                .setParameterExceptionHandler((error, args) -> CheckCommand.isCheck(error.getCommandLine())
                        ? CheckCommand.usageError(error) : usage.handleParseException(error, args))
                .setExecutionStrategy(parsed -> {
                    // Before the command runs, so its first lines already follow the flags.
                    main.logFlags().applyOver(LogSettings.DEFAULT);
                    return new CommandLine.RunLast().execute(parsed);
                })
                .setExecutionExceptionHandler(Main::handleFailure)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    LogFlags logFlags() {
        return new LogFlags(logLevel, logFormat);
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
