package io.hvmon.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private static List<Change> changes(int n) {
        return Collections.nCopies(n, new Change("hv01", null, null, EventType.HOST_RECOVERED, null,
                EventValue.words("reachable")));
    }

    @Test
    void keepsTheLatestEventsUpToItsCapacity() {
        EventLog log = new EventLog(3);
        log.append(T0, changes(5));

        EventLog.Backlog all = log.after(0);
        assertThat(all.events()).extracting(ChangeEvent::id).containsExactly(3L, 4L, 5L);
        assertThat(all.missed()).as("1 and 2 were dropped").isEqualTo(2);
        assertThat(all.lastId()).isEqualTo(5);
        assertThat(log.after(3).events()).extracting(ChangeEvent::id).containsExactly(4L, 5L);
        assertThat(log.after(3).missed()).isZero();
        assertThat(log.after(5).events()).isEmpty();
    }

    @Test
    void aHistoryOfZeroKeepsNothingButStillNumbersAndTells() {
        EventLog log = new EventLog(0);
        List<Long> told = new ArrayList<>();
        log.listen(event -> told.add(event.id()));
        log.append(T0, changes(2));
        assertThat(told).containsExactly(1L, 2L);
        assertThat(log.after(0).events()).isEmpty();
        assertThat(log.after(0).missed()).isEqualTo(2);
    }

    @Test
    void subscribingReturnsTheBacklogAndThenOnlyNewEvents() {
        EventLog log = new EventLog(10);
        log.append(T0, changes(3));
        List<Long> live = new ArrayList<>();
        EventLog.Backlog backlog = log.subscribe(1, event -> live.add(event.id()));
        log.append(T0, changes(1));
        assertThat(backlog.events()).extracting(ChangeEvent::id).containsExactly(2L, 3L);
        assertThat(live).containsExactly(4L);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        EventLog log = new EventLog(10);
        List<Long> told = new ArrayList<>();
        log.listen(event -> {
            throw new IllegalStateException("broken");
        });
        log.listen(event -> told.add(event.id()));
        log.append(T0, changes(1));
        assertThat(told).containsExactly(1L);
    }
}
