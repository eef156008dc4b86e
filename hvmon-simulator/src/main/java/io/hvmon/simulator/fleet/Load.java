package io.hvmon.simulator.fleet;

import java.util.List;

/**
 * Processor and memory use. Immutable.
 *
 * @param processorLoad    percent
 * @param history          the previous samples, oldest first, at most {@link #HISTORY_SIZE}
 * @param memoryUsageMb    assigned memory, MB; 0 while off
 * @param memoryAvailable  percent of assigned memory free in the guest; {@link #NOT_AVAILABLE} without Dynamic Memory
 * @param memoryBuffer     available buffer / target buffer, percent; {@link #NOT_AVAILABLE} without Dynamic Memory
 */
public record Load(int processorLoad, List<Integer> history, long memoryUsageMb, int memoryAvailable, int memoryBuffer) {

    /** Hyper-V's "not valid" value for MemoryAvailable and AvailableMemoryBuffer: int.MaxValue. */
    public static final int NOT_AVAILABLE = Integer.MAX_VALUE;
    public static final int HISTORY_SIZE = 100;

    public Load {
        history = List.copyOf(history);
    }

    public static Load idle() {
        return new Load(0, List.of(), 0, NOT_AVAILABLE, NOT_AVAILABLE);
    }
}
