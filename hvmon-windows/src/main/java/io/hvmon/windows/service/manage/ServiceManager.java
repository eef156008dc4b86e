package io.hvmon.windows.service.manage;

import java.time.Duration;

/**
 * Installs and controls hvmon's Windows service. Every failure is a {@link ServiceManagementException} in plain words.
 * On Windows: {@link #forThisMachine()}; no other implementation exists outside tests.
 */
public interface ServiceManager {

    /** How long start, stop and uninstall wait for the service to reach its state. */
    Duration WAIT = Duration.ofSeconds(60);

    /** Creates the service with all its settings, and registers its Event Log source. */
    void install(ServiceDefinition definition);

    /**
     * Stops the service if it runs, deletes it and its Event Log source.
     *
     * @return its state before (so the caller can say it was stopped)
     */
    ServiceInfo uninstall(String name, Duration wait);

    /** Starts the service and waits until it runs (or stopped again, which is a failure). */
    ServiceInfo start(String name, Duration wait);

    /** Stops the service and waits until it has stopped. */
    ServiceInfo stop(String name, Duration wait);

    ServiceInfo status(String name);

    /** The service manager of this Windows machine. Call only on Windows: it loads JNA. */
    static ServiceManager forThisMachine() {
        return new WindowsServiceManager();
    }
}
