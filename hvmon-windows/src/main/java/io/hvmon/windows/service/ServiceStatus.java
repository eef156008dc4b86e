package io.hvmon.windows.service;

/** One report to the SCM: the fields of Win32's SERVICE_STATUS (the service type is always "own process"). */
public record ServiceStatus(ServiceState state, int controlsAccepted, ExitStatus exit, int checkPoint, int waitHintMillis) {

    public boolean accepts(int acceptFlag) {
        return (controlsAccepted & acceptFlag) != 0;
    }
}
