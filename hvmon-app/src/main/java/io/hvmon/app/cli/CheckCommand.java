package io.hvmon.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code hvmon check}: a Nagios/Icinga plugin that asks a running hvmon over HTTP(S). */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 3,
        description = "A Nagios/Icinga plugin: asks a running hvmon (agent or collector) and prints one status line"
                + " with perfdata.%nExit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (also for bad usage).",
        subcommands = {CheckVmCommand.class, CheckReplicationCommand.class, CheckHostCommand.class,
                CheckFleetCommand.class},
        footer = "%nThresholds are Nagios ranges: 10 (alert outside 0..10), 10: (below 10), ~:10 (above 10),"
                + " 10:20 (outside), @10:20 (inside).")
final class CheckCommand implements Callable<Integer> {

    static final int UNKNOWN = 3;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("HVMON UNKNOWN - no check named: give vm, replication, host or fleet");
        spec.commandLine().usage(spec.commandLine().getErr());
        return UNKNOWN;
    }

    /** Whether a usage error belongs to {@code hvmon check} or one of its checks. */
    static boolean isCheck(CommandLine commandLine) {
        for (CommandLine c = commandLine; c != null; c = c.getParent()) {
            if (c.getCommand() instanceof CheckCommand) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nagios shows a plugin's first line of stdout and reads 2 as CRITICAL: a usage error of a check is UNKNOWN (3),
     * said on stdout, with the usage on stderr.
     */
    static int usageError(CommandLine.ParameterException error) {
        CommandLine commandLine = error.getCommandLine();
        commandLine.getOut().println("HVMON UNKNOWN - " + error.getMessage().replace('|', '/'));
        commandLine.getOut().flush();
        commandLine.getErr().println("hvmon: " + error.getMessage());
        commandLine.usage(commandLine.getErr());
        return UNKNOWN;
    }
}
