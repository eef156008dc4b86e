package io.hvmon.app.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** For tests of the command line as a user meets it: runs it in process and keeps what it printed. */
abstract class InProcessCli {

    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    /** Runs {@code hvmon args...} as {@link Main#run} does (only the subcommands it needs built); returns the exit code. */
    protected int run(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
