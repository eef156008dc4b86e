package io.hvmon.windows.service;

/** Event Log entry types (winnt.h EVENTLOG_*_TYPE). */
public enum EventType {
    ERROR(0x1),
    WARNING(0x2),
    INFORMATION(0x4);

    /** Every type hvmon writes, as the source's TypesSupported registry value. */
    public static final int ALL = ERROR.code | WARNING.code | INFORMATION.code;

    private final int code;

    EventType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
