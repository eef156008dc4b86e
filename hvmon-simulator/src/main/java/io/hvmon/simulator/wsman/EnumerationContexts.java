package io.hvmon.simulator.wsman;

import io.hvmon.wsman.soap.RenderedItem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enumerations in progress: the rendered items not yet pulled, by context id, each expiring after a while unused as
 * Windows' do. Bounded, so an abandoning client cannot grow it without end.
 */
final class EnumerationContexts {

    /** One enumeration: its items, how far pulls have got, and when it expires. */
    static final class Pending {
        final List<RenderedItem> items;
        int next;
        Instant expires;

        Pending(List<RenderedItem> items, Instant expires) {
            this.items = items;
            this.expires = expires;
        }

        List<RenderedItem> remaining() {
            return items.subList(next, items.size());
        }
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int max;
    private final Clock clock;

    EnumerationContexts(Duration ttl, int max, Clock clock) {
        this.ttl = ttl;
        this.max = max;
        this.clock = clock;
    }

    /** Stores the rest of an enumeration; null when the table is full (the caller faults). */
    String open(List<RenderedItem> items, int alreadySent) {
        expire();
        if (pending.size() >= max) {
            return null;
        }
        String id = "uuid:" + UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        Pending p = new Pending(items, clock.instant().plus(ttl));
        p.next = alreadySent;
        pending.put(id, p);
        return id;
    }

    /** The enumeration, its expiry pushed back; null when unknown, released or expired. */
    Pending take(String id) {
        expire();
        Pending p = id == null ? null : pending.get(id);
        if (p != null) {
            p.expires = clock.instant().plus(ttl);
        }
        return p;
    }

    boolean release(String id) {
        return id != null && pending.remove(id) != null;
    }

    int size() {
        return pending.size();
    }

    private void expire() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> p.expires.isBefore(now));
    }
}
