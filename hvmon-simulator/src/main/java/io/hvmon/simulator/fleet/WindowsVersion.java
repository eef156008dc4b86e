package io.hvmon.simulator.fleet;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Windows Server release a simulated host runs. It decides the OS caption and version the host reports and what
 * the Hyper-V provider can do: before Windows 10 (Server 2012 R2) Msvm_SummaryInformation has no key and cannot be
 * enumerated, and GetSummaryInformation knows no code above 116 (hyperv-wmi.md §5.1, §5.2).
 */
public enum WindowsVersion {
    SERVER_2012_R2("2012r2", "Microsoft Windows Server 2012 R2 Datacenter", "6.3.9600"),
    SERVER_2019("2019", "Microsoft Windows Server 2019 Datacenter", "10.0.17763"),
    SERVER_2022("2022", "Microsoft Windows Server 2022 Datacenter", "10.0.20348");

    private final String id;
    private final String caption;
    private final String version;

    WindowsVersion(String id, String caption, String version) {
        this.id = id;
        this.caption = caption;
        this.version = version;
    }

    /** The short name used on command lines: {@code 2012r2}, {@code 2019}, {@code 2022}. */
    public String id() {
        return id;
    }

    /** Win32_OperatingSystem.Caption. */
    public String caption() {
        return caption;
    }

    /** Win32_OperatingSystem.Version, e.g. {@code 10.0.17763}. */
    public String version() {
        return version;
    }

    /** Win32_OperatingSystem.BuildNumber: the last part of the version. */
    public String buildNumber() {
        return version.substring(version.lastIndexOf('.') + 1);
    }

    /** Whether Msvm_SummaryInformation can be enumerated (it gained its InstanceID key in Windows 10). */
    public boolean summaryEnumerable() {
        return this != SERVER_2012_R2;
    }

    /** The highest GetSummaryInformation code this release knows; higher codes are ignored. */
    public int highestSummaryCode() {
        return this == SERVER_2012_R2 ? 116 : 136;
    }

    /**
     * Whether every VM reports EnhancedSessionModeState 6 (allowed but not available), as recorded on a recent build
     * (hyperv-wmi.md §13 item 22). What 2019 and 2012 R2 report is not recorded; they keep the documented mix.
     */
    public boolean enhancedSessionAlwaysUnavailable() {
        return this == SERVER_2022;
    }

    /** {@code 2012r2}, {@code 2019} or {@code 2022} (case and a "server"/"ws" prefix ignored). */
    public static WindowsVersion parse(String text) {
        String id = text.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "")
                .replaceFirst("^(windowsserver|server|ws)", "");
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown Windows version '" + text + "'; expected one of "
                        + Arrays.stream(values()).map(WindowsVersion::id).collect(Collectors.joining(", "))));
    }
}
