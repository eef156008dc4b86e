package io.hvmon.model;

/**
 * The Dynamic Memory balancers (Win32_PerfFormattedData_BalancerStats_HyperVDynamicMemoryBalancer): how much host
 * memory is left for VMs and how hard the VMs press for more.
 *
 * @param availableMemoryMb      AvailableMemory summed over the balancers (one per NUMA node), MB
 * @param averagePressurePercent AveragePressure averaged over the balancers, percent (100 = demand equals assigned)
 * @param balancers              how many balancer instances were summed
 */
public record MemoryBalance(Long availableMemoryMb, Long averagePressurePercent, int balancers) {
}
