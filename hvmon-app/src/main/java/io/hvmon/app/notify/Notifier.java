package io.hvmon.app.notify;

import io.hvmon.app.config.NotifyConfig;
import io.hvmon.app.config.WebhookConfig;
import io.hvmon.app.run.Passwords;
import io.hvmon.events.EventLog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** Every configured webhook, fed by the {@link EventLog}, each delivering on its own. */
public final class Notifier implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());
    /** Events kept per webhook while it cannot be reached. */
    public static final int QUEUE_LIMIT = 10_000;

    private final List<WebhookDelivery> deliveries;

    private Notifier(List<WebhookDelivery> deliveries) {
        this.deliveries = List.copyOf(deliveries);
    }

    /** Reads each webhook's secret (a missing one stops the start, naming the webhook, never the value) and starts. */
    public static Notifier start(NotifyConfig config, EventLog log, Passwords secrets) {
        return start(config, log, secrets, QUEUE_LIMIT, Backoff.DEFAULT);
    }

    static Notifier start(NotifyConfig config, EventLog log, Passwords secrets, int queueLimit, Backoff backoff) {
        List<WebhookDelivery> deliveries = new ArrayList<>();
        for (int i = 0; i < config.webhooks().size(); i++) {
            WebhookConfig webhook = config.webhooks().get(i);
            String name = "notify.webhooks[" + i + "]";
            byte[] secret = webhook.secret().map(source -> new String(secrets.read(name + " secret", source))
                    .getBytes(StandardCharsets.UTF_8)).orElse(null);
            if (!webhook.verify() && webhook.url().getScheme().equalsIgnoreCase("https")) {
                LOG.warning(name + " (" + webhook.target() + "): verify is false: the receiver's TLS certificate is"
                        + " not checked, so anyone on the path can read and take the events");
            }
            deliveries.add(new WebhookDelivery(name, webhook, new WebhookSender(webhook, secret), queueLimit, backoff,
                    Clock.systemUTC()));
        }
        for (WebhookDelivery delivery : deliveries) {
            log.listen(delivery);
            delivery.start();
        }
        if (!deliveries.isEmpty()) {
            LOG.info(() -> "sending change events to " + deliveries.size() + " webhook(s)");
        }
        return new Notifier(deliveries);
    }

    public List<WebhookStatus> status() {
        return deliveries.stream().map(WebhookDelivery::status).toList();
    }

    @Override
    public void close() {
        deliveries.forEach(WebhookDelivery::close);
    }
}
