package io.hvmon.events;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Numbers events (1, 2, 3, ... per process), keeps the latest {@code capacity} of them, and hands each to the
 * listeners (SSE streams, webhooks) in id order. Appending is short and never waits on a listener: they only enqueue.
 */
public final class EventLog {

    private static final Logger LOG = Logger.getLogger(EventLog.class.getName());

    private final int capacity;
    private final ArrayDeque<ChangeEvent> history;
    private final List<EventListener> listeners = new CopyOnWriteArrayList<>();
    private long lastId;

    /** @param capacity how many events are kept for replay and {@code ?format=json}; 0 keeps none */
    public EventLog(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, not " + capacity);
        }
        this.capacity = capacity;
        this.history = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /** Numbers these changes, seen at {@code time}, keeps them and tells the listeners. */
    public synchronized List<ChangeEvent> append(Instant time, List<Change> changes) {
        List<ChangeEvent> added = new ArrayList<>(changes.size());
        for (Change change : changes) {
            ChangeEvent event = new ChangeEvent(++lastId, time, change);
            added.add(event);
            if (capacity > 0) {
                if (history.size() == capacity) {
                    history.removeFirst();
                }
                history.addLast(event);
            }
            for (EventListener listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "an event listener failed (the event is kept)", e);
                }
            }
        }
        return added;
    }

    /** The kept events with an id above {@code afterId}, oldest first. */
    public synchronized Backlog after(long afterId) {
        List<ChangeEvent> events = new ArrayList<>();
        for (ChangeEvent event : history) {
            if (event.id() > afterId) {
                events.add(event);
            }
        }
        long firstKept = history.isEmpty() ? lastId + 1 : history.getFirst().id();
        long missed = Math.max(0, firstKept - Math.max(afterId + 1, 1));
        return new Backlog(events, missed, lastId);
    }

    /**
     * Adds a listener and returns the kept events after {@code afterId}, in one step: nothing is missed or sent twice
     * between the backlog and the first live event.
     */
    public synchronized Backlog subscribe(long afterId, EventListener listener) {
        Backlog backlog = after(afterId);
        listeners.add(listener);
        return backlog;
    }

    /** Adds a listener for new events only. */
    public void listen(EventListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(EventListener listener) {
        listeners.remove(listener);
    }

    /** The id of the latest event, 0 before the first. */
    public synchronized long lastId() {
        return lastId;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Kept events after an id.
     *
     * @param events the events, oldest first
     * @param missed how many events after that id are no longer kept (the history's bound dropped them)
     * @param lastId the latest id given so far
     */
    public record Backlog(List<ChangeEvent> events, long missed, long lastId) {
        public Backlog {
            events = List.copyOf(events);
        }
    }
}
