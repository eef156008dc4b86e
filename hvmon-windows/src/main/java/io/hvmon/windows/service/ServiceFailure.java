package io.hvmon.windows.service;

/**
 * The app could not start, with hvmon's service-specific exit code ({@link ExitStatus#BAD_CONFIG},
 * {@link ExitStatus#RUNTIME_FAILURE}) and a message in plain words for the Event Log.
 */
public final class ServiceFailure extends RuntimeException {

    private final int exitCode;

    public ServiceFailure(int exitCode, String message) {
        super(message, null, false, false);
        if (exitCode == 0) {
            throw new IllegalArgumentException("a failure needs a non-zero exit code");
        }
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
