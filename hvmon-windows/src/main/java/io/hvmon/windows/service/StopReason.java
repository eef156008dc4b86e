package io.hvmon.windows.service;

/** Why the SCM asked hvmon to stop, for the log and the Event Log. */
public enum StopReason {
    /** {@code sc stop}, {@code hvmon service stop}, the Services console. */
    STOP_REQUESTED("a stop was requested"),
    /** The machine is shutting down (SERVICE_CONTROL_PRESHUTDOWN or SERVICE_CONTROL_SHUTDOWN). */
    SYSTEM_SHUTDOWN("Windows is shutting down");

    private final String words;

    StopReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
