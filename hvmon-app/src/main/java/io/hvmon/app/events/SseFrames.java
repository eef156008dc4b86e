package io.hvmon.app.events;

import io.hvmon.events.ChangeEvent;

/** The text of server-sent events (the HTML Living Standard's {@code text/event-stream}). */
final class SseFrames {

    static final String CONTENT_TYPE = "text/event-stream; charset=utf-8";
    static final String KEEP_ALIVE = ": keep-alive\n\n";

    private SseFrames() {
    }

    /** {@code id:}, {@code event:} (the type), {@code data:} (the JSON, one line), and the blank line ending it. */
    static String event(ChangeEvent event) {
        return "id: " + event.id() + "\nevent: " + event.type().wireName() + "\ndata: " + EventJson.one(event) + "\n\n";
    }

    /** A comment: clients ignore it; it tells a person reading the stream what happened. */
    static String comment(String text) {
        return ": " + text.replace('\n', ' ') + "\n\n";
    }
}
