package io.hvmon.app.events;

import io.hvmon.app.http.Problem;
import io.hvmon.app.http.ProblemException;
import io.hvmon.app.http.Request;
import io.hvmon.app.http.Response;
import io.hvmon.events.ChangeEvent;
import io.hvmon.events.EventLog;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /hvm/events}: server-sent events by default, resumable with {@code Last-Event-ID} (header) or
 * {@code last_event_id} (query); {@code ?format=json}: the kept history as an array, oldest first, after
 * {@code since} (an id, exclusive). Both filtered by {@link EventFilter}.
 */
public final class EventsRoute {

    static final long RETRY_AFTER_SECONDS = 30;

    private final EventHub hub;

    public EventsRoute(EventHub hub) {
        this.hub = hub;
    }

    public Response handle(Request request) {
        EventFilter filter = EventFilter.of(request);
        String format = request.param("format");
        if (format != null && format.equalsIgnoreCase("json")) {
            return history(filter, id(request.param("since"), "since"));
        }
        if (format != null && !format.equalsIgnoreCase("sse")) {
            throw new ProblemException(Problem.badRequest("format must be 'json' (the history) or 'sse' (the default, "
                    + "a stream of server-sent events); got '" + format + "'"));
        }
        return stream(request, filter);
    }

    private Response history(EventFilter filter, long since) {
        long after = since > hub.log().lastId() ? 0 : since; // from before a restart: everything kept, as for streams
        List<ChangeEvent> events = hub.log().after(after).events().stream().filter(filter::matches).toList();
        return Response.json(EventJson.array(events));
    }

    private Response stream(Request request, EventFilter filter) {
        String header = request.header("Last-Event-ID");
        long after = header != null ? id(header, "Last-Event-ID") : id(request.param("last_event_id"), "last_event_id");
        if (after > hub.log().lastId()) {
            // An id this process never gave: hvmon restarted since (ids start again at 1). Send all that is kept.
            after = 0;
        }
        if (request.method().equals("HEAD")) {
            return Response.streaming(SseFrames.CONTENT_TYPE, Map.of(), EMPTY);
        }
        EventStream stream = hub.open(filter, after).orElseThrow(() -> new ProblemException(Problem.unavailable(
                hub.maxSubscribers() + " clients are following events already (events.max_subscribers); try again later",
                RETRY_AFTER_SECONDS)));
        return Response.streaming(SseFrames.CONTENT_TYPE, Map.of("X-Accel-Buffering", "no"), stream);
    }

    /** An event id: absent or empty is 0 (from the start of what is kept). */
    private static long id(String text, String what) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the problem below says what is expected
        }
        throw new ProblemException(Problem.badRequest(what + " must be an event id (a whole number, 0 or more); got '"
                + text + "'"));
    }

    private static final io.hvmon.app.http.ResponseStream EMPTY = new io.hvmon.app.http.ResponseStream() {
        @Override
        public void writeTo(Sink sink) {
        }

        @Override
        public void close() {
        }
    };
}
