package io.hvmon.simulator.fleet;

import java.time.Duration;
import java.time.Instant;

/**
 * The power side of a VM at one moment. Immutable.
 *
 * @param enabledState      Msvm_ComputerSystem.EnabledState (v2 numbering: 2 Running, 3 Off, 6 Saved, 9 Paused, ...)
 * @param otherEnabledState the transitional text when enabledState is 1 (Other), else null
 * @param onSince           when the VM was last turned on, reset or restored; null while off or saved
 * @param pausedBefore      paused time accumulated since onSince, excluding a pause still in progress
 * @param pausedSince       when the current pause began; null unless paused
 * @param lastStateChange   when EnabledState last changed
 * @param processId         the vmwp.exe process id; null while off or saved
 */
public record Power(int enabledState, String otherEnabledState, Instant onSince, Duration pausedBefore,
                    Instant pausedSince, Instant lastStateChange, Long processId) {

    public static final int OTHER = 1;
    public static final int RUNNING = 2;
    public static final int OFF = 3;
    public static final int STOPPING = 4;
    public static final int SAVED = 6;
    public static final int PAUSED = 9;
    public static final int STARTING = 10;
    public static final int SAVING = 32773;

    /** Whether a worker process exists: anything but Off and Saved. */
    public boolean isOn() {
        return onSince != null;
    }

    /** Whether the guest is executing (running, or on its way in or out of a running state). */
    public boolean isExecuting() {
        return isOn() && enabledState != PAUSED && !"Quiescing".equals(otherEnabledState)
                && !"Resuming".equals(otherEnabledState);
    }

    /** Milliseconds since last turned on (paused time included); 0 when off. */
    public long upTimeMillis(Instant now) {
        return onSince == null ? 0 : Math.max(0, Duration.between(onSince, now).toMillis());
    }

    /** Milliseconds switched on, paused time excluded (Msvm_ComputerSystem.OnTimeInMilliseconds); 0 when off. */
    public long onTimeMillis(Instant now) {
        if (onSince == null) {
            return 0;
        }
        Duration paused = pausedBefore.plus(pausedSince == null ? Duration.ZERO : Duration.between(pausedSince, now));
        return Math.max(0, upTimeMillis(now) - paused.toMillis());
    }
}
