package io.hvmon.model;

import java.time.OffsetDateTime;

/**
 * A VM's configuration: the realized Msvm_VirtualSystemSettingData with its Msvm_MemorySettingData and
 * Msvm_ProcessorSettingData. A field is null when its class could not be read.
 *
 * @param generation           1 or 2 (VirtualSystemSubType "Microsoft:Hyper-V:SubType:1|2")
 * @param configurationVersion Version, e.g. "9.0"
 * @param virtualProcessors    vCPU count (processor VirtualQuantity)
 * @param startupMemoryMb      startup (or static) memory, MB (memory VirtualQuantity)
 * @param dynamicMemoryEnabled DynamicMemoryEnabled
 * @param minimumMemoryMb      Dynamic Memory minimum (Reservation), MB; null without Dynamic Memory
 * @param maximumMemoryMb      Dynamic Memory maximum (Limit), MB; null without Dynamic Memory
 * @param memoryBufferPercent  Dynamic Memory buffer (TargetMemoryBuffer), percent; null without Dynamic Memory
 * @param notes                Notes, lines joined with '\n'
 * @param creationTime         CreationTime
 */
public record VmSettings(Long generation, String configurationVersion, Long virtualProcessors, Long startupMemoryMb,
                         Boolean dynamicMemoryEnabled, Long minimumMemoryMb, Long maximumMemoryMb,
                         Long memoryBufferPercent, String notes, OffsetDateTime creationTime) {
}
