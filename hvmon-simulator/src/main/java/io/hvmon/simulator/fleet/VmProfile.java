package io.hvmon.simulator.fleet;

import java.time.Instant;
import java.util.List;

/**
 * What does not change while a VM lives: identity, hardware, guest. Immutable.
 *
 * @param id                    the VM GUID, upper case, as Msvm_ComputerSystem.Name
 * @param name                  the display name (ElementName)
 * @param guestOs               the guest's operating system caption, or null without integration services
 * @param generation            1 or 2
 * @param configVersion         configuration version, e.g. "9.0"
 * @param processors            virtual processor count
 * @param memoryMb              startup memory (static memory: the assigned amount), MB
 * @param maxMemoryMb           Dynamic Memory maximum, MB; equals memoryMb without Dynamic Memory
 * @param dynamicMemory         whether Dynamic Memory is on
 * @param baseLoad              the processor load, percent, the VM hovers around while running
 * @param created               creation time of the VM configuration
 * @param integrationServices   IntegrationServicesVersionState: 0 unknown, 1 up to date, 2 mismatch
 * @param enhancedSession       EnhancedSessionModeState: 2 available, 3 not allowed, 6 allowed but not available
 * @param switchNames           the virtual switches its adapters connect to
 * @param notes                 the VM notes (Msvm_SummaryInformation.Notes)
 * @param checkpoints           its checkpoints, oldest first (each the parent of the next)
 */
public record VmProfile(
        int index, String id, String name, String guestOs, int generation, String configVersion, int processors,
        long memoryMb, long maxMemoryMb, boolean dynamicMemory, int baseLoad, Instant created,
        int integrationServices, int enhancedSession, List<String> switchNames, String notes,
        List<Checkpoint> checkpoints) {

    public VmProfile {
        switchNames = List.copyOf(switchNames);
        checkpoints = List.copyOf(checkpoints);
    }

    /** Whether the guest runs integration services (heartbeat, KVP): without them the host sees no guest OS. */
    public boolean hasIntegrationServices() {
        return guestOs != null;
    }

    public String subType() {
        return "Microsoft:Hyper-V:SubType:" + generation;
    }
}
