package io.hvmon.windows.service;

/**
 * One Event Log entry of the service. The source's message file is Windows' own EventCreate.exe, whose message table
 * shows every id from 1 to 1000 as the text given, so each entry carries its full text.
 *
 * @param id   the event id: {@link #STARTED}, {@link #STOPPED}, {@link #START_FAILED}, {@link #FATAL}, {@link #STOP_TIMEOUT}
 * @param type error, warning or information
 * @param text the whole message, in plain words
 */
public record ServiceEvent(int id, EventType type, String text) {

    public static final int STARTED = 1;
    public static final int STOPPED = 2;
    public static final int START_FAILED = 3;
    public static final int FATAL = 4;
    public static final int STOP_TIMEOUT = 5;

    /** ReportEvent takes at most 31,839 characters per string; longer texts are cut. */
    static final int MAX_TEXT = 31_000;

    public ServiceEvent {
        if (id < 1 || id > 1000) {
            throw new IllegalArgumentException("EventCreate.exe's message table covers ids 1 to 1000, not " + id);
        }
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + " [...]";
        }
    }

    public static ServiceEvent started(String service, String serving) {
        return new ServiceEvent(STARTED, EventType.INFORMATION, "hvmon service '" + service + "' started: " + serving);
    }

    public static ServiceEvent stopped(String service, String why) {
        return new ServiceEvent(STOPPED, EventType.INFORMATION, "hvmon service '" + service + "' stopped: " + why + ".");
    }

    public static ServiceEvent startFailed(String service, int exitCode, String reason) {
        return new ServiceEvent(START_FAILED, EventType.ERROR, "hvmon service '" + service + "' could not start"
                + " (service-specific exit code " + exitCode + "): " + reason);
    }

    public static ServiceEvent fatal(String service, String reason) {
        return new ServiceEvent(FATAL, EventType.ERROR, "hvmon service '" + service + "' stopped after a fatal error"
                + " (service-specific exit code " + ExitStatus.RUNTIME_FAILURE + "): " + reason
                + ". The recovery settings of the service restart it.");
    }

    public static ServiceEvent stopTimedOut(String service, long seconds) {
        return new ServiceEvent(STOP_TIMEOUT, EventType.WARNING, "hvmon service '" + service + "' did not finish"
                + " stopping within " + seconds + " s; it was reported stopped and its process was ended.");
    }
}
