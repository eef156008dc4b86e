package io.hvmon.hyperv.values;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Msvm_ComputerSystem / Msvm_SummaryInformation EnabledState with its Hyper-V <b>v2</b> meanings (reference §6.2).
 *
 * <p>The V1 ({@code root\virtualization}) codes 32768 Paused, 32769 Saved, 32770 Starting, 32771 Snapshotting and
 * 32774 Stopping are deliberately absent: v2 never reports them (it uses 9 Paused and 6 Saved), and libvirt's reuse
 * of them is a known mistake. If one ever arrives it must show as "unknown (N)", not be guessed at.
 *
 * <p>The PowerShell "critical" states (32785 and up) are computed client-side and are not WMI values either.
 */
public enum EnabledState implements CodedValue {
    UNKNOWN(0, "Unknown", "state unknown"),
    OTHER(1, "Other", "transitional state named by OtherEnabledState; see resolve()"),
    RUNNING(2, "Running", "CIM Enabled"),
    OFF(3, "Off", "CIM Disabled"),
    STOPPING(4, "Stopping", "CIM Shutting Down"),
    NOT_APPLICABLE(5, "Not Applicable", "CIM-generic, not used by Hyper-V for VMs"),
    SAVED(6, "Saved", "CIM Enabled but Offline"),
    IN_TEST(7, "In Test", "CIM-generic, not used by Hyper-V"),
    DEFERRED(8, "Deferred", "CIM-generic, not used by Hyper-V"),
    PAUSED(9, "Paused", "CIM Quiesce"),
    STARTING(10, "Starting", "starting"),
    RESET(11, "Reset", "resetting"),
    SAVING(32773, "Saving", "Hyper-V transitional state"),
    PAUSING(32776, "Pausing", "Hyper-V transitional state"),
    RESUMING(32777, "Resuming", "Hyper-V transitional state"),
    FAST_SAVED(32779, "FastSaved", "Hyper-V fast-saved (memory kept for a quick resume)"),
    FAST_SAVING(32780, "FastSaving", "Hyper-V transitional state"),
    FORCE_SHUTDOWN(32781, "ForceShutdown", "Hyper-V forced shutdown in progress"),
    FORCE_REBOOT(32782, "ForceReboot", "Hyper-V forced reboot in progress"),
    HIBERNATED(32783, "Hibernated", "guest hibernated"),
    COMPONENT_SERVICING(32784, "ComponentServicing", "Hyper-V component servicing in progress");

    // OtherEnabledState texts seen with EnabledState = 1 (the PowerShell module converts these; §6.2), normalised
    // by normalise(). "Quiescing" is the CIM word for pausing.
    private static final Map<String, EnabledState> OTHER_TEXTS = Map.ofEntries(
            Map.entry("saving", SAVING),
            Map.entry("quiescing", PAUSING),
            Map.entry("pausing", PAUSING),
            Map.entry("resuming", RESUMING),
            Map.entry("fastsaving", FAST_SAVING),
            Map.entry("componentservicing", COMPONENT_SERVICING),
            Map.entry("starting", STARTING),
            Map.entry("stopping", STOPPING),
            Map.entry("shuttingdown", STOPPING),
            Map.entry("resetting", RESET),
            Map.entry("forceshutdown", FORCE_SHUTDOWN),
            Map.entry("forcereboot", FORCE_REBOOT));

    private final Entry entry;

    EnabledState(int code, String friendlyName, String meaning) {
        this.entry = new Entry(code, friendlyName, meaning);
    }

    @Override
    public Entry entry() {
        return entry;
    }

    /** The lower-case name of the API's compat style, e.g. "running", "fastsaved", "not applicable". */
    public String compatName() {
        return friendlyName().toLowerCase(Locale.ROOT);
    }

    /**
     * The state from EnabledState plus OtherEnabledState: Hyper-V may report a transitional state either as its own
     * code or as 1 (Other) with a text such as "Saving" or "Quiescing". An unrecognised text keeps {@link #OTHER};
     * an unknown code is empty (callers show it with {@link ValueMaps#friendly}).
     */
    public static Optional<EnabledState> resolve(Long enabledState, String otherEnabledState) {
        if (enabledState == null) {
            return Optional.empty();
        }
        if (enabledState == OTHER.code() && otherEnabledState != null) {
            EnabledState named = OTHER_TEXTS.get(normalise(otherEnabledState));
            if (named != null) {
                return Optional.of(named);
            }
        }
        return ValueMaps.lookup(EnabledState.class, enabledState);
    }

    // Case, surrounding blanks and inner spaces vary between sources ("FastSaving", "Fast Saving").
    private static String normalise(String text) {
        return text.strip().replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
