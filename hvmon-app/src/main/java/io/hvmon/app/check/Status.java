package io.hvmon.app.check;

/** A plugin's result as Nagios and Icinga read it from the exit code. */
public enum Status {
    OK(0), WARNING(1), CRITICAL(2), UNKNOWN(3);

    private final int exitCode;

    Status(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The worse of two: CRITICAL, then WARNING, then UNKNOWN, then OK (monitoring-plugins' max_state_alt). */
    public Status worst(Status other) {
        return severity() >= other.severity() ? this : other;
    }

    private int severity() {
        return switch (this) {
            case OK -> 0;
            case UNKNOWN -> 1;
            case WARNING -> 2;
            case CRITICAL -> 3;
        };
    }
}
