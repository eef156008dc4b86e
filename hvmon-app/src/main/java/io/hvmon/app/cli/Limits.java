package io.hvmon.app.cli;

import io.hvmon.app.run.UserError;

/** Range checks of numeric flags, with the usage-error exit code. */
final class Limits {

    private Limits() {
    }

    static void check(String flag, long value, long min, long max) {
        if (value < min || value > max) {
            throw new UserError(2, flag + " must be from " + min + " to " + max + "; got " + value);
        }
    }
}
