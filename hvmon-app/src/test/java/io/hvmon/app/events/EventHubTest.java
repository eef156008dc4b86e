package io.hvmon.app.events;

import io.hvmon.events.Change;
import io.hvmon.events.EventLog;
import io.hvmon.events.EventType;
import io.hvmon.events.EventValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Streams without HTTP: a slow client is cut off rather than waited for, and places are counted. */
@Timeout(30)
class EventHubTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private final EventLog log = new EventLog(100);

    private static List<Change> changes(int n) {
        return Collections.nCopies(n, new Change("hv01", "A", "SQL01", EventType.VM_STATE, EventValue.of("Running", 2L),
                EventValue.of("Off", 3L)));
    }

    @Test
    void aClientThatFallsBehindItsBufferIsCutOffAndTheLogNeverWaits() throws Exception {
        EventHub hub = new EventHub(log, 4, Duration.ofSeconds(5), 2);
        EventStream stream = hub.open(EventFilter.ALL, 0).orElseThrow();

        log.append(T0, changes(3)); // nobody reads: the third does not fit, and append returns anyway

        List<String> sent = new ArrayList<>();
        stream.writeTo(sent::add);
        stream.close();
        assertThat(sent.getLast()).isEqualTo(": too far behind; reconnect with Last-Event-ID to resume\n\n");
        assertThat(hub.subscribers()).isZero();
    }

    @Test
    void theBacklogFirstThenLiveEventsThenTheEndWhenTheHubCloses() throws Exception {
        EventHub hub = new EventHub(log, 4, Duration.ofSeconds(5), 16);
        log.append(T0, changes(2));
        EventStream stream = hub.open(EventFilter.ALL, 1).orElseThrow();
        log.append(T0, changes(1));

        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                stream.writeTo(sent::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        while (sent.size() < 3) {
            Thread.sleep(10);
        }
        hub.close();
        writer.join();
        stream.close();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(1)).startsWith("id: 2\nevent: vm_state\ndata: {\"id\":2,");
        assertThat(sent.get(2)).startsWith("id: 3\n");
        assertThat(hub.open(EventFilter.ALL, 0)).as("closed: no more streams").isEmpty();
    }

    @Test
    void noMoreThanMaxSubscribersAtOnce() {
        EventHub hub = new EventHub(log, 1, Duration.ofSeconds(5), 16);
        EventStream first = hub.open(EventFilter.ALL, 0).orElseThrow();
        assertThat(hub.open(EventFilter.ALL, 0)).isEmpty();
        first.close();
        assertThat(hub.open(EventFilter.ALL, 0)).isPresent();
    }

    @Test
    void aKeepAliveWhenNothingHappens() throws Exception {
        EventHub hub = new EventHub(log, 1, Duration.ofMillis(10), 16);
        EventStream stream = hub.open(EventFilter.ALL, 0).orElseThrow();
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                stream.writeTo(sent::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        while (!sent.contains(SseFrames.KEEP_ALIVE)) {
            Thread.sleep(10);
        }
        hub.close();
        writer.join();
    }
}
