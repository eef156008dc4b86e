package io.hvmon.windows.service;

/**
 * How a service run ended.
 *
 * @param exit           what the final STOPPED reported
 * @param endProcessNow  the app did not finish starting or stopping in time: end the process at once, without
 *                       waiting for its threads or shutdown hooks
 */
public record RunOutcome(ExitStatus exit, boolean endProcessNow) {

    /** The process's exit code: hvmon's service-specific code, 0 when all went well. */
    public int processExitCode() {
        return exit.failed() ? Math.max(1, exit.serviceSpecificExitCode()) : 0;
    }
}
