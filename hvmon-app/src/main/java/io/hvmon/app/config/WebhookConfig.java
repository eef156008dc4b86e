package io.hvmon.app.config;

import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import io.hvmon.events.EventType;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One of config.json's {@code notify.webhooks[]}: where change events are POSTed, which ones, in which format, signed
 * with which secret (read at start; only where it comes from is kept here), and how the connection is made.
 *
 * @param url     http or https URL (for Slack and Teams it holds a token: never shown whole)
 * @param events  the types sent; all by default
 * @param format  the body's shape
 * @param secret  where the HMAC-SHA256 key comes from; empty: bodies are not signed
 * @param verify  check the server's TLS certificate (https only)
 * @param timeout for one delivery attempt, connection included
 */
public record WebhookConfig(URI url, Set<EventType> events, WebhookFormat format, Optional<PasswordSource> secret,
                            boolean verify, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long MAX_TIMEOUT_SECONDS = 300;

    public WebhookConfig {
        Objects.requireNonNull(url, "url");
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** All events, as JSON, unsigned, verified, 10 s: what a webhook with only a url means. */
    public static WebhookConfig of(URI url) {
        return new WebhookConfig(url, EnumSet.allOf(EventType.class), WebhookFormat.JSON, Optional.empty(), true,
                DEFAULT_TIMEOUT);
    }

    /** Where it goes, without the path and query that may hold a token: {@code https://hooks.slack.com}. */
    public String target() {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
