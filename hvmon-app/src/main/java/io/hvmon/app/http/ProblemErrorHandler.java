package io.hvmon.app.http;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Jetty's own error answers, for what never reaches the {@link ApiHandler}: a request Jetty cannot parse (400),
 * a request line or headers beyond the limits (414, 431), an unsupported HTTP version (505). They become
 * problem+json with the {@link SecurityHeaders} like every other answer, are written to the {@link AccessLog}, and
 * close the connection. Nothing of the request is echoed but Jetty's short reason.
 */
final class ProblemErrorHandler implements Request.Handler {

    private static final Logger LOG = Logger.getLogger(HttpApi.class.getName());
    private static final int MAX_REASON = 120;

    private final AccessLog accessLog;
    private final int maxHeadBytes;

    ProblemErrorHandler(AccessLog accessLog, int maxHeadBytes) {
        this.accessLog = accessLog;
        this.maxHeadBytes = maxHeadBytes;
    }

    @Override
    public boolean handle(Request request, org.eclipse.jetty.server.Response response, Callback callback) {
        int status = response.getStatus();
        String reason = (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        Throwable cause = (Throwable) request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
        if (cause instanceof HttpException http) {
            status = http.getCode();
            reason = reason == null ? http.getReason() : reason;
        }
        reason = moreSpecific(reason, cause);
        if (status < 400 || status > 599) {
            status = 500;
        }
        if (status == 500) {
            LOG.log(Level.WARNING, "error answering " + request.getMethod() + " " + request.getHttpURI().getPath(),
                    cause);
        }
        Response answer = ProblemJson.response(Problem.of(status, detail(status, reason)), "-");
        InetAddress peer = ((InetSocketAddress) request.getConnectionMetaData().getRemoteSocketAddress()).getAddress();
        // A request whose line could not be parsed has Jetty's placeholders: log it as "-".
        boolean unparsed = "BAD".equals(request.getMethod()) && "/badMessage".equals(request.getHttpURI().getPath());
        String method = unparsed ? "-" : request.getMethod();
        String path = unparsed ? null : request.getHttpURI().getPath();
        int logged = status;
        boolean head = HttpMethod.HEAD.is(method);
        long sent = ResponseWriter.bodyBytes(answer, head);
        Callback logThenComplete = Callback.from(() -> {
            accessLog.log(peer, peer, method, path, null, logged, sent, millisSince(request), logged < 500);
            callback.succeeded();
        }, failure -> {
            accessLog.log(peer, peer, method, path, null, logged, 0, millisSince(request), logged < 500);
            callback.failed(failure);
        });
        ResponseWriter.write(response, answer, head, true, logThenComplete);
        return true;
    }

    /** Plain words for the user, with Jetty's reason when it says more than the status does. */
    String detail(int status, String reason) {
        String why = reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(status)) ? ""
                : ": " + printable(reason);
        return switch (status) {
            case 400 -> "the request is not valid HTTP or its URL is not acceptable" + why;
            case 414 -> "the request line is too long; at most " + maxHeadBytes
                    + " bytes of request line and headers are accepted";
            case 431 -> "the request's headers are too large; at most " + maxHeadBytes
                    + " bytes of request line and headers are accepted";
            case 500 -> "internal error; the server log has the details";
            case 505 -> "this HTTP version is not supported; use HTTP/1.1";
            default -> "the request cannot be served" + why;
        };
    }

    /**
     * Jetty's reason for a 400 is often just "Bad Request" while its cause says what was wrong: a malformed
     * percent-escape (a NumberFormatException from decoding it) or an illegal character.
     */
    private static String moreSpecific(String reason, Throwable cause) {
        if (reason != null && !reason.equals("Bad Request")) {
            return reason;
        }
        Throwable deepest = cause;
        while (deepest != null && deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        if (deepest instanceof NumberFormatException) {
            return "a malformed percent-escape in the URL ('%' not followed by two hexadecimal digits)";
        }
        if (deepest instanceof IllegalArgumentException && deepest.getMessage() != null) {
            return deepest.getMessage();
        }
        return reason;
    }

    /** Jetty's reason may quote the request: keep it short and on one line. */
    private static String printable(String text) {
        String cut = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "..." : text;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static long millisSince(Request request) {
        return Math.max(0, (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000);
    }
}
