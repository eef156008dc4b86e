package io.hvmon.app.notify;

import java.time.Instant;

/**
 * How one webhook's deliveries go, for {@code GET /hvm/notify}.
 *
 * @param name         {@code notify.webhooks[N]}
 * @param target       scheme, host and port only: the rest of a webhook URL may hold a token
 * @param format       json, slack or teams
 * @param pending      events waiting to be delivered
 * @param delivered    events delivered since start
 * @param dropped      events dropped because the queue was full
 * @param failures     failed attempts in a row (0 when the latest succeeded)
 * @param lastError    the latest failure in words; null after a success
 * @param lastDelivery when an event was last delivered; null before the first
 * @param nextAttempt  when the failing event is tried again; null when not failing
 */
public record WebhookStatus(String name, String target, String format, int pending, long delivered, long dropped,
                            int failures, String lastError, Instant lastDelivery, Instant nextAttempt) {
}
