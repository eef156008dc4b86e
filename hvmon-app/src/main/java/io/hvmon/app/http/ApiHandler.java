package io.hvmon.app.http;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request, on its own virtual thread: the {@link Gatekeeper} (allowlist, limits, API key), then capacity (a
 * connection beyond the {@link ConnectionGate}'s caps, or no {@link RequestSlots slot} in time: 503), then the
 * {@link Router}. The answer carries the {@link SecurityHeaders} and is written to the {@link AccessLog} once sent.
 */
final class ApiHandler extends org.eclipse.jetty.server.Handler.Abstract {

    private static final Logger LOG = Logger.getLogger(HttpApi.class.getName());

    private final Router router;
    private final Gatekeeper gatekeeper;
    private final RequestSlots slots;
    private final AccessLog accessLog;
    private final LimitLog limitLog;

    ApiHandler(Router router, Gatekeeper gatekeeper, RequestSlots slots, AccessLog accessLog, LimitLog limitLog) {
        super(InvocationType.BLOCKING); // run on a virtual thread: waiting for a slot blocks
        this.router = router;
        this.gatekeeper = gatekeeper;
        this.slots = slots;
        this.accessLog = accessLog;
        this.limitLog = limitLog;
    }

    @Override
    public boolean handle(Request request, org.eclipse.jetty.server.Response response, Callback callback) {
        long started = System.nanoTime();
        ClientEndPoint endPoint = ClientEndPoint.of(request.getConnectionMetaData().getConnection().getEndPoint());
        if (endPoint != null) {
            endPoint.answering();
        }
        InetAddress peer = ((InetSocketAddress) request.getConnectionMetaData().getRemoteSocketAddress()).getAddress();
        String method = request.getMethod();
        HttpURI uri = request.getHttpURI();
        String rawPath = uri.getPath() == null ? "" : uri.getPath();
        String rawQuery = uri.getQuery();
        String path = PercentDecoding.path(rawPath).orElse(null);
        RequestHeaders headers = JettyHeaders.of(request.getHeaders());
        Gatekeeper.Verdict verdict = gatekeeper.check(peer, headers, request.getHeaders().size(),
                rawQuery == null ? rawPath : rawPath + "?" + rawQuery, path);
        ConnectionGate.Admission admission = endPoint == null ? null : endPoint.admission();
        boolean overCapacity = admission != null && admission.overCapacity() != null;
        Response answer;
        if (!verdict.admitted()) {
            answer = verdict.refusal();
        } else if (overCapacity) {
            answer = ProblemJson.response(admission.overCapacity(), path);
        } else {
            answer = answer(method, path, rawQuery, headers);
        }
        boolean head = HttpMethod.HEAD.is(method);
        if (answer.stream() != null) {
            // Outside the request slots: a stream lasts as long as its client stays.
            AtomicLong streamed = new AtomicLong();
            StreamWriter.write(response, answer, head, streamed, Callback.from(() -> {
                done(endPoint);
                log(verdict, peer, method, rawPath, answer, streamed.get(), started, false);
                callback.succeeded();
            }, failure -> {
                done(endPoint); // the client left: the usual end of a stream, logged like any other
                log(verdict, peer, method, rawPath, answer, streamed.get(), started, false);
                callback.failed(failure);
            }));
            return true;
        }
        long sent = ResponseWriter.bodyBytes(answer, head);
        Callback logThenComplete = Callback.from(() -> {
            done(endPoint);
            log(verdict, peer, method, rawPath, answer, sent, started, overCapacity);
            callback.succeeded();
        }, failure -> {
            done(endPoint);
            callback.failed(failure);
        });
        ResponseWriter.write(response, answer, head, overCapacity, logThenComplete);
        return true;
    }

    private void log(Gatekeeper.Verdict verdict, InetAddress peer, String method, String rawPath, Response answer,
                     long sent, long started, boolean overCapacity) {
        accessLog.log(verdict.client(), peer, method, rawPath, verdict.keyName(), answer.status(), sent,
                (System.nanoTime() - started) / 1_000_000, overCapacity || AccessLog.isRefusal(answer.status()));
    }

    private Response answer(String method, String path, String rawQuery, RequestHeaders headers) {
        if (!slots.enter()) {
            limitLog.server(Level.WARNING, "slots", "requests waited " + HeadDeadline.seconds(slots.maxWait())
                    + " s for one of " + slots.size() + " slots; answered 503");
            return ProblemJson.response(Problem.unavailable("too many requests at once; try again",
                    ConnectionGate.RETRY_AFTER_SECONDS), path);
        }
        try {
            return router.route(method, path, rawQuery, headers);
        } catch (ProblemException e) {
            return ProblemJson.response(e.problem(), path);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "error answering " + method + " " + path, e);
            return ProblemJson.response(Problem.of(500, "internal error; the server log has the details"), path);
        } finally {
            slots.leave();
        }
    }

    private static void done(ClientEndPoint endPoint) {
        if (endPoint != null) {
            endPoint.answered();
        }
    }
}
