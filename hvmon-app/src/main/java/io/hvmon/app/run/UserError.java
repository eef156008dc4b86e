package io.hvmon.app.run;

/**
 * A failure the user can act on, with a message saying what and how; printed without a stack trace.
 * The exit code follows the convention: 2 for bad usage or config, 1 for a failure at run time.
 */
public final class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
