package io.hvmon.windows.service;

/** What the service runs: hvmon's monitor, or a fake in tests. */
public interface ServiceApp {

    /**
     * Starts serving and returns once the API's port is bound, with a line saying what it serves and where
     * (e.g. "serving http://HV01:20501/ from this machine's WMI").
     *
     * @throws ServiceFailure when it cannot start (bad config: exit code 2; port taken: 1)
     */
    String start();

    /** Stops serving; may block while the HTTP server and the collector close. */
    void stop();
}
