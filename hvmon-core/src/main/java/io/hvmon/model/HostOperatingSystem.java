package io.hvmon.model;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The host's operating system as Win32_OperatingSystem (root/cimv2) describes it.
 *
 * @param caption              e.g. "Microsoft Windows Server 2022 Datacenter" (may be localized: display only)
 * @param version              e.g. "10.0.20348"
 * @param buildNumber          e.g. "20348"
 * @param lastBootTime         LastBootUpTime
 * @param uptime               collection time minus lastBootTime (null without a boot time; never negative)
 * @param totalVisibleMemoryMb TotalVisibleMemorySize converted from KB to MB (floor)
 * @param freePhysicalMemoryMb FreePhysicalMemory converted from KB to MB (floor)
 */
public record HostOperatingSystem(String caption, String version, String buildNumber, OffsetDateTime lastBootTime,
                                  Duration uptime, Long totalVisibleMemoryMb, Long freePhysicalMemoryMb) {
}
