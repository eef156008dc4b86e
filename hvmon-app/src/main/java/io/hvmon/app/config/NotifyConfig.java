package io.hvmon.app.config;

import java.util.List;

/** config.json's {@code notify}: the webhooks change events are sent to. */
public record NotifyConfig(List<WebhookConfig> webhooks) {

    public static final int MAX_WEBHOOKS = 100;
    public static final NotifyConfig NONE = new NotifyConfig(List.of());

    public NotifyConfig {
        webhooks = List.copyOf(webhooks);
        if (webhooks.size() > MAX_WEBHOOKS) {
            throw new IllegalArgumentException("at most " + MAX_WEBHOOKS + " webhooks, got " + webhooks.size());
        }
    }
}
