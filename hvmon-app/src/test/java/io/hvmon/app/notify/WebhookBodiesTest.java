package io.hvmon.app.notify;

import io.hvmon.app.config.WebhookFormat;
import io.hvmon.events.Change;
import io.hvmon.events.ChangeEvent;
import io.hvmon.events.EventType;
import io.hvmon.events.EventValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat formats: one line of words per event, in a Slack message or a Teams message card. */
class WebhookBodiesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final String VM = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";

    private static ChangeEvent event(EventType type, EventValue old, EventValue now, boolean vm) {
        return new ChangeEvent(7, T0, new Change("hv01", vm ? VM : null, vm ? "SQL01" : null, type, old, now));
    }

    @Test
    void eachTypeInWords() {
        assertThat(EventText.line(event(EventType.REPLICATION_HEALTH, EventValue.of("Normal", 1L),
                EventValue.of("Critical", 3L), true))).isEqualTo("hv01: VM SQL01: replication health Normal → Critical (event 7)");
        assertThat(EventText.line(event(EventType.REPLICATION_LAG, EventValue.of("ok", 240L),
                EventValue.of("warning", 660L), true))).isEqualTo("hv01: VM SQL01: replication lag ok → warning (660 s) (event 7)");
        assertThat(EventText.line(event(EventType.CHECKPOINT_CREATED, null, EventValue.words("before patch"), true)))
                .isEqualTo("hv01: VM SQL01: checkpoint created: before patch (event 7)");
        assertThat(EventText.line(event(EventType.VM_ADDED, null, EventValue.of("Off", 3L), true)))
                .isEqualTo("hv01: VM SQL01: added, Off (event 7)");
        assertThat(EventText.line(event(EventType.HOST_UNREACHABLE, null, EventValue.words("connection refused"), false)))
                .isEqualTo("hv01: unreachable: connection refused (event 7)");
        assertThat(EventText.line(event(EventType.HOST_RECOVERED, EventValue.of("timeout", 3L),
                EventValue.words("reachable"), false))).isEqualTo("hv01: reachable again (event 7)");
    }

    @Test
    void teamsGetsAMessageCard() {
        String body = new String(WebhookBodies.body(WebhookFormat.TEAMS, event(EventType.VM_HEARTBEAT,
                EventValue.of("OK", 2L), EventValue.of("Lost Communication", 13L), true)), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo("{\"@type\":\"MessageCard\",\"@context\":\"https://schema.org/extensions\","
                + "\"summary\":\"hvmon: vm_heartbeat\",\"title\":\"hvmon: vm heartbeat\","
                + "\"text\":\"hv01: VM SQL01: heartbeat OK → Lost Communication (event 7)\"}");
    }
}
