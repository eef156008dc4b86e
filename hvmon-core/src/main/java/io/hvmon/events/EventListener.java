package io.hvmon.events;

/** Receives each event as the {@link EventLog} numbers it, in id order. */
@FunctionalInterface
public interface EventListener {

    /** Called with the log's lock held, on a polling thread: only hand the event over (enqueue), never block. */
    void accept(ChangeEvent event);
}
