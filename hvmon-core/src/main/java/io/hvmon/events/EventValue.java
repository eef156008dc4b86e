package io.hvmon.events;

/**
 * One side of a change: the value in words and as the number WMI sent (or, for replication lag, the lag in seconds).
 *
 * @param friendly the value in words, e.g. "Running", "unknown (77)", "warning", a checkpoint's name
 * @param numeric  the code or number; null when the value has none (a checkpoint, a host's error)
 */
public record EventValue(String friendly, Long numeric) {

    public static EventValue of(String friendly, Long numeric) {
        return new EventValue(friendly, numeric);
    }

    public static EventValue words(String friendly) {
        return new EventValue(friendly, null);
    }
}
