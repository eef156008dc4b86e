package io.hvmon.windows.service.manage;

import io.hvmon.windows.service.ServiceState;

/**
 * What {@code hvmon service status} shows: the SCM's view of the service (QueryServiceStatusEx,
 * QueryServiceConfig, QueryServiceConfig2).
 *
 * @param processId               0 when not running
 * @param startType               SERVICE_AUTO_START (2), SERVICE_DEMAND_START (3), SERVICE_DISABLED (4), ...
 * @param account                 as the SCM stores it: LocalSystem, a built-in account such as NetworkService, or a user
 */
public record ServiceInfo(String name, String displayName, ServiceState state, int processId, int win32ExitCode,
                          int serviceSpecificExitCode, int startType, boolean delayedAutoStart, String binPath,
                          String account) {
}
