package io.hvmon.app.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The body a webhook receives: hvmon's event JSON, a Slack message or a Microsoft Teams message. */
public enum WebhookFormat {
    JSON, SLACK, TEAMS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WebhookFormat> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.wireName().equalsIgnoreCase(text.strip())).findFirst();
    }
}
