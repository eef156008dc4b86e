package io.hvmon.app.notify;

import io.hvmon.app.config.WebhookConfig;
import io.hvmon.events.ChangeEvent;
import io.hvmon.wsman.http.TlsContexts;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * POSTs one event to one webhook and says, in words, why it failed. A 2xx answer is a delivery; anything else,
 * a timeout or a connection problem is a failure to retry. Redirects are not followed (the body is signed for this
 * URL). The URL is never put in a message: it may hold a token.
 */
final class WebhookSender {

    private final WebhookConfig config;
    private final Signature signature; // null: unsigned
    private final HttpClient client;

    WebhookSender(WebhookConfig config, byte[] secret) {
        this.config = config;
        this.signature = secret == null ? null : new Signature(secret);
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (!config.verify()) {
            builder.sslContext(TlsContexts.unchecked());
        }
        this.client = builder.build();
    }

    /** Sends the event; returns null when delivered, else what went wrong. */
    String send(ChangeEvent event) throws InterruptedException {
        byte[] body = WebhookBodies.body(config.format(), event);
        HttpRequest.Builder request = HttpRequest.newBuilder(config.url()).timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "hvmon")
                .header("X-Hvmon-Event", event.type().wireName())
                .header("X-Hvmon-Event-Id", Long.toString(event.id()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(Signature.HEADER, signature.of(body));
        }
        try {
            HttpResponse<Void> answer = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = answer.statusCode();
            return status >= 200 && status < 300 ? null : "answered HTTP " + status;
        } catch (HttpTimeoutException e) {
            return "no answer within " + config.timeout().toSeconds() + " s (timeout_seconds)";
        } catch (java.net.ConnectException e) {
            return "connection refused or unreachable";
        } catch (javax.net.ssl.SSLException e) {
            return "TLS failed: " + e.getMessage();
        } catch (IOException e) {
            return "connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    void close() {
        client.shutdownNow();
    }
}
