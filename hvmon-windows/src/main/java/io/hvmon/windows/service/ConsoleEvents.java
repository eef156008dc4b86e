package io.hvmon.windows.service;

/**
 * Console control events (wincon.h) and which of them a service ignores. A service process still gets
 * CTRL_LOGOFF_EVENT when any user logs off and CTRL_SHUTDOWN_EVENT at shutdown; the JVM's own handler would end the
 * process on them (running shutdown hooks), before the SCM's PRESHUTDOWN or SHUTDOWN control drives a clean stop.
 */
public final class ConsoleEvents {

    public static final int CTRL_C_EVENT = 0;
    public static final int CTRL_BREAK_EVENT = 1;
    public static final int CTRL_CLOSE_EVENT = 2;
    public static final int CTRL_LOGOFF_EVENT = 5;
    public static final int CTRL_SHUTDOWN_EVENT = 6;

    private ConsoleEvents() {
    }

    /**
     * Whether a service swallows this event (the handler answers TRUE, so no later handler, the JVM's included, sees
     * it): logoff and shutdown. Anything else goes on to the JVM's handler as usual.
     */
    public static boolean ignoredByService(int ctrlType) {
        return ctrlType == CTRL_LOGOFF_EVENT || ctrlType == CTRL_SHUTDOWN_EVENT;
    }
}
