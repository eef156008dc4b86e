package io.hvmon.model;

import java.time.Duration;
import java.util.List;

/**
 * A VM's health detail from Msvm_SummaryInformation, as codes for the views to name.
 *
 * @param heartbeat                       Heartbeat (2 OK, 6 error, 12 no contact, 13 lost communication, 15 paused)
 * @param applicationHealth               ApplicationHealth (2 OK, 32782 critical, 32896 disabled)
 * @param heartbeatStatus                 PowerShell's derived VMHeartbeatStatus code (0-8, e.g. 6 OkApplicationsHealthy)
 * @param integrationServicesVersionState 0 unknown, 1 up to date, 2 mismatch
 * @param operationalStatus               OperationalStatus codes
 * @param uptime                          UpTime (milliseconds on the wire); null when NULL
 */
public record VmHealth(Long heartbeat, Long applicationHealth, long heartbeatStatus, Long integrationServicesVersionState,
                       List<Long> operationalStatus, Duration uptime) {

    public VmHealth {
        operationalStatus = Frozen.list(operationalStatus);
    }
}
