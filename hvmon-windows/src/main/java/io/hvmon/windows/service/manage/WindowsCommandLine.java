package io.hvmon.windows.service.manage;

import java.util.List;

/**
 * Joins a program and its arguments into one Windows command line (as a service's binPath is), so that the program's
 * C runtime splits it back into the same arguments (the rules of CommandLineToArgvW, which java.exe and jpackage
 * launchers follow).
 */
public final class WindowsCommandLine {

    private WindowsCommandLine() {
    }

    /**
     * The command line. The program is always quoted: an unquoted path with spaces is ambiguous to the service
     * control manager (C:\Program.exe would be tried first).
     */
    public static String of(String program, List<String> arguments) {
        if (program.isEmpty() || program.indexOf('"') >= 0) {
            throw new IllegalArgumentException("not a program path: '" + program + "'");
        }
        StringBuilder line = new StringBuilder().append('"').append(program).append('"');
        for (String argument : arguments) {
            line.append(' ').append(quote(argument));
        }
        return line.toString();
    }

    /** One argument, quoted only when it needs to be. */
    public static String quote(String argument) {
        if (!argument.isEmpty() && argument.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '"')) {
            return argument;
        }
        StringBuilder quoted = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : argument.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            if (c == '"') {
                // Backslashes before a quote are escapes: double them, then escape the quote itself.
                quoted.append("\\".repeat(2 * backslashes + 1)).append('"');
            } else {
                quoted.append("\\".repeat(backslashes)).append(c);
            }
            backslashes = 0;
        }
        // Backslashes before the closing quote would escape it: double them.
        return quoted.append("\\".repeat(2 * backslashes)).append('"').toString();
    }
}
