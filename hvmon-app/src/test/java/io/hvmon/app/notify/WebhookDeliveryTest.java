package io.hvmon.app.notify;

import io.hvmon.app.config.NotifyConfig;
import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import io.hvmon.app.config.WebhookConfig;
import io.hvmon.app.config.WebhookFormat;
import io.hvmon.app.http.LogCapture;
import io.hvmon.app.run.Passwords;
import io.hvmon.events.Change;
import io.hvmon.events.EventLog;
import io.hvmon.events.EventType;
import io.hvmon.events.EventValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhooks delivered to a receiver on loopback: signed, in order, retried while it is down, within the queue's bound. */
@Timeout(60)
class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final String SECRET = "webhook-secret-for-tests";
    private static final Backoff QUICK = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));
    private static final Passwords ENV = new Passwords(Map.of("HOOK_SECRET", SECRET)::get);

    private final EventLog log = new EventLog(100);
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }

    private Notifier notifier(int port, WebhookFormat format, int queueLimit, EventType... only) {
        WebhookConfig hook = new WebhookConfig(URI.create("http://127.0.0.1:" + port + "/hook?token=t0ken"),
                only.length == 0 ? EnumSet.allOf(EventType.class) : EnumSet.of(only[0], only), format,
                Optional.of(new PasswordSource.EnvironmentVariable("HOOK_SECRET")), true, Duration.ofSeconds(5));
        Notifier notifier = Notifier.start(new NotifyConfig(List.of(hook)), log, ENV, queueLimit, QUICK);
        resources.add(notifier);
        return notifier;
    }

    private Receiver receiver(int port) throws Exception {
        Receiver receiver = new Receiver(port);
        resources.add(receiver);
        return receiver;
    }

    private void append(int n, EventType type) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            changes.add(new Change("hv01", "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51", "SQL01", type,
                    EventValue.of("Running", 2L), EventValue.of("Off", 3L)));
        }
        log.append(T0, changes);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 30 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void deliversSignedEventJsonInOrderAndOnlyTheTypesAsked() throws Exception {
        Receiver receiver = receiver(0);
        Notifier notifier = notifier(receiver.port(), WebhookFormat.JSON, 100, EventType.VM_STATE);
        append(3, EventType.VM_STATE);
        append(1, EventType.VM_HEALTH);
        append(1, EventType.VM_STATE);

        await("4 deliveries", () -> receiver.deliveries.size() == 4);
        assertThat(receiver.eventIds()).containsExactly("1", "2", "3", "5");
        for (Receiver.Delivery delivery : receiver.deliveries) {
            assertThat(delivery.signature()).isEqualTo(hmac(delivery.body()));
            assertThat(delivery.contentType()).startsWith("application/json");
        }
        assertThat(receiver.deliveries.getFirst().text()).startsWith("{\"id\":1,\"time\":\"2026-11-30T10:00:00.000Z\","
                + "\"host\":\"hv01\",\"vm_id\":\"6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51\",\"vm_name\":\"SQL01\","
                + "\"type\":\"vm_state\",\"old\":{\"friendly\":\"Running\",\"numeric\":2},");
        await("status caught up", () -> notifier.status().getFirst().delivered() == 4);
        WebhookStatus status = notifier.status().getFirst();
        assertThat(status.pending()).isZero();
        assertThat(status.target()).as("no path or token").isEqualTo("http://127.0.0.1:" + receiver.port());
    }

    @Test
    void aReceiverThatIsDownGetsEverythingOnceItIsBack() throws Exception {
        int port = freePort();
        LogCapture logs = new LogCapture();
        resources.add(logs);
        Notifier notifier = notifier(port, WebhookFormat.JSON, 100);
        append(3, EventType.VM_STATE);
        await("failed attempts", () -> notifier.status().getFirst().failures() >= 2);
        WebhookStatus failing = notifier.status().getFirst();
        assertThat(failing.lastError()).isEqualTo("connection refused or unreachable");
        assertThat(failing.pending()).isEqualTo(3);
        assertThat(failing.nextAttempt()).isNotNull();

        Receiver receiver = receiver(port);
        await("3 deliveries after the receiver came back", () -> receiver.deliveries.size() >= 3);
        assertThat(receiver.eventIds()).startsWith("1", "2", "3");
        await("status recovered", () -> notifier.status().getFirst().failures() == 0);
        assertThat(notifier.status().getFirst().lastError()).isNull();
        await("the recovery logged", () -> logs.all().contains("delivering again"));
        assertThat(logs.all()).contains("notify.webhooks[0] (http://127.0.0.1:" + port + "): event 1 not delivered:"
                        + " connection refused or unreachable (1 failure, ", "; next try in 50 ms)")
                .as("never the URL's path and query, nor the secret").doesNotContain("t0ken", "/hook", SECRET);
    }

    @Test
    void aFullQueueDropsTheOldestAndSaysSo() throws Exception {
        int port = freePort();
        Notifier notifier = notifier(port, WebhookFormat.JSON, 3);
        append(1, EventType.VM_STATE);
        await("the first attempt failed", () -> notifier.status().getFirst().failures() >= 1);
        append(4, EventType.VM_STATE);
        WebhookStatus full = notifier.status().getFirst();
        assertThat(full.pending()).isEqualTo(3);
        assertThat(full.dropped()).isEqualTo(2);

        Receiver receiver = receiver(port);
        await("the 3 kept events", () -> receiver.deliveries.size() >= 3);
        assertThat(receiver.eventIds()).containsSubsequence("3", "4", "5").doesNotContain("2");
    }

    @Test
    void slackAndTeamsGetAMessageInWords() throws Exception {
        Receiver receiver = receiver(0);
        notifier(receiver.port(), WebhookFormat.SLACK, 100);
        append(1, EventType.VM_STATE);
        await("a Slack message", () -> receiver.deliveries.size() == 1);
        assertThat(receiver.deliveries.getFirst().text())
                .isEqualTo("{\"text\":\"hv01: VM SQL01: state Running → Off (event 1)\"}");
    }
}
