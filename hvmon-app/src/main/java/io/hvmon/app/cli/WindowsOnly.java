package io.hvmon.app.cli;

import io.hvmon.app.run.UserError;
import io.hvmon.windows.Platform;
import io.hvmon.windows.service.manage.ServiceManagementException;

/** The service commands on other OSes, and their errors in the CLI's terms. */
final class WindowsOnly {

    private WindowsOnly() {
    }

    /**
     * Stops a service subcommand off Windows with exit code 2, before anything touches JNA.
     *
     * @param subcommand e.g. "install"
     * @param whatItDoes e.g. "manages a Windows service"
     */
    static void require(String subcommand, String whatItDoes) {
        if (!Platform.isWindows()) {
            throw new UserError(2, "'hvmon service " + subcommand + "' " + whatItDoes + " and needs Windows; this is "
                    + Platform.osName() + ".\n  To run hvmon here: hvmon serve --config FILE (see docs/CONFIG.md)"
                    + " or hvmon demo");
        }
    }

    /** A failed service operation: exit code 1, the plain words of {@link ServiceManagementException}. */
    static UserError failed(String what, ServiceManagementException e) {
        return new UserError(1, what + ": " + e.getMessage());
    }
}
