package io.hvmon.model;

/**
 * A VM's memory as Hyper-V Manager shows it, derived from Msvm_SummaryInformation (reference §5.3).
 *
 * @param assignedMb     MemoryUsage: memory assigned to the VM, MB
 * @param demandMb       assigned × (100 − MemoryAvailable) / 100, rounded; null without Dynamic Memory data
 *                       (MemoryAvailable NULL or the 2147483647 "not valid" value)
 * @param pressurePercent 100 − MemoryAvailable: demand as a percentage of assigned memory (above 100 when the guest
 *                       needs more than it has, as MemoryAvailable may be negative); null when not valid
 */
public record MemoryStatus(Long assignedMb, Long demandMb, Long pressurePercent) {
}
