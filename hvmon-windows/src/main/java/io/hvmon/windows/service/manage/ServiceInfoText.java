package io.hvmon.windows.service.manage;

import io.hvmon.windows.service.ExitStatus;
import io.hvmon.windows.service.ScmCodes;
import io.hvmon.windows.service.ServiceState;

/** {@link ServiceInfo} as {@code hvmon service status} prints it: one "label  value" line per fact. */
public final class ServiceInfoText {

    private ServiceInfoText() {
    }

    public static String format(ServiceInfo info) {
        StringBuilder text = new StringBuilder();
        line(text, "service", info.name() + " (" + info.displayName() + ")");
        line(text, "state", state(info.state()));
        line(text, "pid", info.processId() == 0 ? "-" : Integer.toString(info.processId()));
        line(text, "last exit", exit(info));
        line(text, "start type", startType(info.startType(), info.delayedAutoStart()));
        line(text, "binPath", info.binPath());
        line(text, "account", info.account() == null || info.account().isBlank() ? "LocalSystem" : info.account());
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("%-11s %s%n", label, value));
    }

    static String state(ServiceState state) {
        return switch (state) {
            case STOPPED -> "STOPPED";
            case START_PENDING -> "START_PENDING (starting)";
            case STOP_PENDING -> "STOP_PENDING (stopping)";
            case RUNNING -> "RUNNING";
            case CONTINUE_PENDING -> "CONTINUE_PENDING";
            case PAUSE_PENDING -> "PAUSE_PENDING";
            case PAUSED -> "PAUSED";
        };
    }

    static String exit(ServiceInfo info) {
        if (info.win32ExitCode() == ScmCodes.NO_ERROR) {
            return "0 (no error)";
        }
        if (info.win32ExitCode() == ScmCodes.ERROR_SERVICE_SPECIFIC_ERROR) {
            return "service-specific " + info.serviceSpecificExitCode() + " ("
                    + serviceSpecific(info.serviceSpecificExitCode()) + "; see the Application event log, source "
                    + info.name() + ")";
        }
        return "Windows error " + info.win32ExitCode();
    }

    static String serviceSpecific(int code) {
        return switch (code) {
            case ExitStatus.BAD_CONFIG -> "the configuration is invalid";
            case ExitStatus.RUNTIME_FAILURE -> "a failure at run time, such as the port being taken";
            default -> "unknown";
        };
    }

    static String startType(int startType, boolean delayed) {
        return switch (startType) {
            case 0 -> "boot";
            case 1 -> "system";
            case 2 -> delayed ? "automatic (delayed start)" : "automatic";
            case 3 -> "manual";
            case 4 -> "disabled";
            default -> "unknown (" + startType + ")";
        };
    }
}
