package io.hvmon.hyperv.values;

/**
 * PowerShell's VMHeartbeatStatus, the "Heartbeat" column of Get-VM (reference §10). PowerShell derives it from the
 * Heartbeat and ApplicationHealth codes ({@link #derive}); WMI never sends these 0-8 numbers. Friendly names are the
 * PowerShell enum names, as PowerShell displays them.
 */
public enum HeartbeatStatus implements CodedValue {
    UNKNOWN(0, "Unknown", "PowerShell VMHeartbeatStatus.Unknown"),
    DISABLED(1, "Disabled", "PowerShell VMHeartbeatStatus.Disabled"),
    NO_CONTACT(2, "NoContact", "PowerShell VMHeartbeatStatus.NoContact"),
    ERROR(3, "Error", "PowerShell VMHeartbeatStatus.Error"),
    LOST_COMMUNICATION(4, "LostCommunication", "PowerShell VMHeartbeatStatus.LostCommunication"),
    OK_APPLICATIONS_UNKNOWN(5, "OkApplicationsUnknown", "PowerShell VMHeartbeatStatus.OkApplicationsUnknown"),
    OK_APPLICATIONS_HEALTHY(6, "OkApplicationsHealthy", "PowerShell VMHeartbeatStatus.OkApplicationsHealthy"),
    OK_APPLICATIONS_CRITICAL(7, "OkApplicationsCritical", "PowerShell VMHeartbeatStatus.OkApplicationsCritical"),
    PAUSED(8, "Paused", "PowerShell VMHeartbeatStatus.Paused");

    private final Entry entry;

    HeartbeatStatus(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }


    /**
     * The status as PowerShell's SummaryInformationView.GetHeartbeatStatus computes it: from the primary heartbeat
     * code, and for 2 (OK) from the application health. Unknown or NULL codes give {@link #UNKNOWN}; a NULL
     * application health with an OK heartbeat gives {@link #OK_APPLICATIONS_UNKNOWN}.
     */
    public static HeartbeatStatus derive(Long heartbeat, Long applicationHealth) {
        if (heartbeat == null) {
            return UNKNOWN;
        }
        // Codes outside the int range cannot match a case; -1 sends them to the default.
        int primary = heartbeat >= 0 && heartbeat <= Integer.MAX_VALUE ? heartbeat.intValue() : -1;
        return switch (primary) {
            case 6 -> ERROR;
            // 32896 is the application-health "Disabled" code; PowerShell checks for it on the primary value too.
            case 32896 -> DISABLED;
            case 13 -> LOST_COMMUNICATION;
            case 12 -> NO_CONTACT;
            case 15 -> PAUSED;
            case 2 -> fromApplicationHealth(applicationHealth);
            default -> UNKNOWN; // includes 0 (not available)
        };
    }

    private static HeartbeatStatus fromApplicationHealth(Long applicationHealth) {
        if (applicationHealth == null) {
            return OK_APPLICATIONS_UNKNOWN;
        }
        if (applicationHealth == 2) {
            return OK_APPLICATIONS_HEALTHY;
        }
        if (applicationHealth == 32782) {
            return OK_APPLICATIONS_CRITICAL;
        }
        return OK_APPLICATIONS_UNKNOWN; // 0, 12 and anything else
    }
}
