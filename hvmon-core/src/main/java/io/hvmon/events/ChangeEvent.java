package io.hvmon.events;

import java.time.Instant;

/**
 * A numbered change: what {@code GET /hvm/events} and webhooks send.
 *
 * @param id     1, 2, 3, ... in the order hvmon found the changes; restarts at 1 with the process
 * @param time   when the change was seen: the start of the collection that found it
 * @param change what changed
 */
public record ChangeEvent(long id, Instant time, Change change) {

    public EventType type() {
        return change.type();
    }
}
