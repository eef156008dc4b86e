package io.hvmon.app.events;

import io.hvmon.app.http.ResponseStream;
import io.hvmon.events.ChangeEvent;
import io.hvmon.events.EventLog;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * One client's {@code GET /hvm/events} stream: the backlog it asked for (after its {@code Last-Event-ID}), then live
 * events as they come, and a keep-alive comment whenever nothing was sent for a while (so proxies and the server's
 * idle timeout keep the connection). Ends when the client leaves, falls too far behind, or hvmon stops.
 */
final class EventStream implements ResponseStream {

    private final EventLog.Backlog backlog;
    private final EventFilter filter;
    private final Subscription live;
    private final Duration keepAlive;
    private final Runnable release;

    EventStream(EventLog.Backlog backlog, EventFilter filter, Subscription live, Duration keepAlive, Runnable release) {
        this.backlog = backlog;
        this.filter = filter;
        this.live = live;
        this.keepAlive = keepAlive;
        this.release = release;
    }

    @Override
    public void writeTo(Sink sink) throws IOException {
        // A first line at once: the client sees the stream open, and how long to wait before reconnecting.
        sink.send("retry: 5000\n\n");
        if (backlog.missed() > 0) {
            sink.send(SseFrames.comment(backlog.missed() + " earlier events are no longer kept (events.history)"));
        }
        for (ChangeEvent event : backlog.events()) {
            if (filter.matches(event)) {
                sink.send(SseFrames.event(event));
            }
        }
        try {
            while (true) {
                ChangeEvent event = live.next(keepAlive);
                if (event != null) {
                    sink.send(SseFrames.event(event));
                } else if (live.overrun()) {
                    sink.send(SseFrames.comment("too far behind; reconnect with Last-Event-ID to resume"));
                    return;
                } else if (live.closed()) {
                    return;
                } else {
                    sink.send(SseFrames.KEEP_ALIVE);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped");
        }
    }

    @Override
    public void close() {
        release.run();
    }
}
