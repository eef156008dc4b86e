package io.hvmon.windows.service;

/** The states hvmon reports to the service control manager, with their Win32 codes (winsvc.h). */
public enum ServiceState {
    STOPPED(1),
    START_PENDING(2),
    STOP_PENDING(3),
    RUNNING(4),
    CONTINUE_PENDING(5),
    PAUSE_PENDING(6),
    PAUSED(7);

    private final int code;

    ServiceState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean pending() {
        return this == START_PENDING || this == STOP_PENDING || this == CONTINUE_PENDING || this == PAUSE_PENDING;
    }

    /** The state with this code; codes no Windows version defines are refused. */
    public static ServiceState of(int code) {
        for (ServiceState state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        throw new IllegalArgumentException("no service state has code " + code);
    }
}
