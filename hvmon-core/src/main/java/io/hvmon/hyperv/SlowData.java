package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimSession;
import io.hvmon.model.QueryFailure;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last result of each slow-changing class of one host, immutable: a cycle reads it, and a full cycle derives the
 * next one. A class whose last read failed keeps its older value (if any) and its failure, which every snapshot until
 * the next full cycle repeats: queries stay at the budget, and the snapshot still says what it is missing.
 */
final class SlowData {

    static final SlowData EMPTY = new SlowData(Map.of());

    /** @param value null when never read; readAt when value was read; failure of the latest attempt, or null */
    record Entry(Object value, Instant readAt, QueryFailure failure) {
    }

    private final Map<String, Entry> entries;

    private SlowData(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** A cycle's view: reads through when refreshing, else answers from the carried entries. */
    Cycle cycle(boolean refresh, CimSession session, Instant now) {
        return new Cycle(refresh, session, now);
    }

    final class Cycle {
        private final boolean refresh;
        private final CimSession session;
        private final Instant now;
        private final Map<String, Entry> next = new HashMap<>(entries);

        private Cycle(boolean refresh, CimSession session, Instant now) {
            this.refresh = refresh;
            this.session = session;
            this.now = now;
        }

        /** The reader's value, fresh or carried; records its read time and any failure in the snapshot's lists. */
        @SuppressWarnings("unchecked")
        <T> T get(ClassReader<T> reader, List<QueryFailure> failures, Map<String, Instant> readAt) {
            Entry entry = next.get(reader.what());
            if (refresh) {
                try {
                    entry = new Entry(reader.read(session), now, null);
                } catch (CimException e) {
                    QueryFailure failure = new QueryFailure(reader.what(), e.kind(), e.getMessage());
                    entry = entry == null ? new Entry(null, null, failure) : new Entry(entry.value(), entry.readAt(), failure);
                }
                next.put(reader.what(), entry);
            }
            if (entry == null) {
                return null;
            }
            if (entry.failure() != null) {
                failures.add(entry.failure());
            }
            if (entry.readAt() != null) {
                readAt.put(reader.what(), entry.readAt());
            }
            return (T) entry.value();
        }

        SlowData result() {
            return new SlowData(next);
        }
    }
}
