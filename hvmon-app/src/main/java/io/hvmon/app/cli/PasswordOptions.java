package io.hvmon.app.cli;

import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import io.hvmon.app.run.Passwords;
import io.hvmon.app.run.UserError;
import picocli.CommandLine.Option;

import java.io.Console;
import java.nio.file.Path;

/** Where a command reads a password: an environment variable, a private file, or a prompt; never the command line. */
final class PasswordOptions {

    @Option(names = "--password-env", paramLabel = "VAR", description = "read the password from this environment variable")
    String environmentVariable;

    @Option(names = "--password-file", paramLabel = "FILE", description = "read the password from this file (mode 600)")
    Path file;

    /** Whether a password source was given on the command line (the prompt is not one). */
    boolean given() {
        return environmentVariable != null || file != null;
    }

    char[] read() {
        if (environmentVariable != null && file != null) {
            throw new UserError(2, "give --password-env or --password-file, not both");
        }
        Passwords passwords = Passwords.fromSystem();
        if (environmentVariable != null) {
            return passwords.read("--password-env", new PasswordSource.EnvironmentVariable(environmentVariable));
        }
        if (file != null) {
            return passwords.read("--password-file", new PasswordSource.File(file));
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError(2, "no password: give --password-env VAR or --password-file FILE (there is no terminal to ask on)");
        }
        char[] typed = console.readPassword("Password: ");
        if (typed == null || typed.length == 0) {
            throw new UserError(2, "no password given");
        }
        return typed;
    }
}
