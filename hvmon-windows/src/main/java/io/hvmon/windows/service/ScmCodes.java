package io.hvmon.windows.service;

/** The numbers of the SCM protocol hvmon uses (winsvc.h, winerror.h), named once so the pure code needs no JNA. */
public final class ScmCodes {

    public static final int CONTROL_STOP = 0x1;
    public static final int CONTROL_INTERROGATE = 0x4;
    public static final int CONTROL_SHUTDOWN = 0x5;
    public static final int CONTROL_PRESHUTDOWN = 0xF;

    public static final int ACCEPT_STOP = 0x1;
    public static final int ACCEPT_SHUTDOWN = 0x4;
    public static final int ACCEPT_PRESHUTDOWN = 0x100;

    public static final int NO_ERROR = 0;
    /** What a control handler answers to a control it does not handle. */
    public static final int ERROR_CALL_NOT_IMPLEMENTED = 120;
    /** The Win32 exit code saying "look at the service-specific exit code". */
    public static final int ERROR_SERVICE_SPECIFIC_ERROR = 1066;

    private ScmCodes() {
    }
}
