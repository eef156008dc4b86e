package io.hvmon.model;

/**
 * The host as Win32_ComputerSystem (root/cimv2) describes it.
 *
 * @param name                   NetBIOS computer name
 * @param dnsHostName            DNS host name (without the domain)
 * @param domain                 DNS domain, or the workgroup when not joined
 * @param logicalProcessors      NumberOfLogicalProcessors
 * @param totalPhysicalMemoryMb  TotalPhysicalMemory converted from bytes to MB (MiB, floor)
 */
public record HostComputer(String name, String dnsHostName, String domain, Long logicalProcessors,
                           Long totalPhysicalMemoryMb) {
}
