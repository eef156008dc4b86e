package io.hvmon.windows.service;

/**
 * The exit codes reported with the final STOPPED: a Win32 code, and hvmon's own code when the Win32 code is
 * {@link ScmCodes#ERROR_SERVICE_SPECIFIC_ERROR}. Any non-zero Win32 code makes the SCM run the recovery actions
 * (the failure-actions flag is set at install).
 */
public record ExitStatus(int win32ExitCode, int serviceSpecificExitCode) {

    /** hvmon's service-specific code for a bad configuration, as the CLI's exit code 2. */
    public static final int BAD_CONFIG = 2;
    /** hvmon's service-specific code for a failure at run time (port taken, crash), as the CLI's exit code 1. */
    public static final int RUNTIME_FAILURE = 1;

    public static final ExitStatus OK = new ExitStatus(ScmCodes.NO_ERROR, 0);

    /** A failure with hvmon's own code (non-zero). */
    public static ExitStatus serviceSpecific(int code) {
        if (code == 0) {
            throw new IllegalArgumentException("a failure needs a non-zero code");
        }
        return new ExitStatus(ScmCodes.ERROR_SERVICE_SPECIFIC_ERROR, code);
    }

    public boolean failed() {
        return win32ExitCode != ScmCodes.NO_ERROR;
    }
}
