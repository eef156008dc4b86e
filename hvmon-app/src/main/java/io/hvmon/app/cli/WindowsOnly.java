package io.hvmon.app.cli;

import io.hvmon.windows.service.manage.ServiceManager;
import java.util.function.Function;

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

    /**
     * Runs one operation of this machine's service manager (Windows only: call {@link #require} first); a failure
     * becomes exit code 1 with {@code failure} and the plain words of {@link ServiceManagementException}.
     */
    static <T> T manage(String failure, Function<ServiceManager, T> operation) {
        try {
            return operation.apply(ServiceManager.forThisMachine());
        } catch (ServiceManagementException e) {
            throw failed(failure, e);
        }
    }

    /** A failed service operation: exit code 1, the plain words of {@link ServiceManagementException}. */
    static UserError failed(String what, ServiceManagementException e) {
        return new UserError(1, what + ": " + e.getMessage());
    }
}
