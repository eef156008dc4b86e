package io.hvmon.app.http;

import io.hvmon.app.security.AccessPolicy;
import io.hvmon.app.security.ClientAddress;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Decides whether a request reaches the router, in this order: the client's address (X-Forwarded-For only from a
 * trusted proxy) against the allowlist (403), the URL's length (414), the number of header fields (431), the path's
 * shape (400), then the API key, from {@code X-API-KEY} or {@code Authorization: Bearer} ({@link PresentedKey}; 429
 * while an address is slowed down, else 401). Refusals never repeat the key that was sent. (The TCP peer itself was already checked against the allowlist when its connection was accepted, by the
 * {@link ConnectionGate}.)
 */
final class Gatekeeper {

    /** Two challenges in one field (RFC 9110 §11.6.1): the key goes in X-API-KEY, or as a bearer token. */
    static final String CHALLENGE = "ApiKey realm=\"hvmon\", header=\"X-API-KEY\", Bearer realm=\"hvmon\"";

    /**
     * The outcome: who the client is, which key it used (null: none needed), or the refusal to send.
     */
    record Verdict(InetAddress client, String keyName, Response refusal) {
        boolean admitted() {
            return refusal == null;
        }
    }

    private final AccessPolicy policy;
    private final int maxUrlLength;
    private final int maxHeaders;

    Gatekeeper(AccessPolicy policy, int maxUrlLength, int maxHeaders) {
        this.policy = policy;
        this.maxUrlLength = maxUrlLength;
        this.maxHeaders = maxHeaders;
    }

    /**
     * @param headerCount how many header fields the request has
     * @param rawTarget   the request target as sent (path and query, percent-encoded)
     * @param path        the decoded path; null when it cannot be decoded
     */
    Verdict check(InetAddress peer, RequestHeaders headers, int headerCount, String rawTarget, String path) {
        Optional<InetAddress> resolved = ClientAddress.resolve(peer, headers.all("X-Forwarded-For"),
                policy.trustedProxies());
        if (resolved.isEmpty()) {
            return refuse(peer, Problem.badRequest("X-Forwarded-For holds an entry that is not an IP address"), path);
        }
        InetAddress client = resolved.get();
        if (!policy.allow().isEmpty() && !policy.allow().contains(client)) {
            return refuse(client, Problem.of(403, "this API does not answer requests from "
                    + client.getHostAddress()), path);
        }
        if (rawTarget.length() > maxUrlLength) {
            return refuse(client, Problem.of(414, "the URL is " + rawTarget.length() + " characters long; at most "
                    + maxUrlLength + " are accepted"), "-");
        }
        if (headerCount > maxHeaders) {
            return refuse(client, Problem.of(431, "the request has " + headerCount + " header fields; at most "
                    + maxHeaders + " are accepted"), "-");
        }
        Optional<String> badPath = badPath(path);
        if (badPath.isPresent()) {
            return refuse(client, Problem.badRequest(badPath.get()), "-");
        }
        if (!policy.keys().required() || policy.openPaths().contains(normalized(path))) {
            return new Verdict(client, null, null);
        }
        return checkKey(client, headers, path);
    }

    private Verdict checkKey(InetAddress client, RequestHeaders headers, String path) {
        long retryAfter = policy.limiter().retryAfterSeconds(client);
        if (retryAfter > 0) {
            return refuse(client, new Problem(429, "too many failed authentications from this address; try again in "
                    + retryAfter + " s", retryAfter, null), path);
        }
        PresentedKey presented = PresentedKey.of(headers);
        String failure = presented.problem();
        if (presented.key() != null) {
            Optional<String> name = policy.keys().authenticate(presented.key());
            if (name.isPresent()) {
                return new Verdict(client, name.get(), null);
            }
            failure = "the key in the " + presented.header() + " header is not valid";
        }
        policy.limiter().recordFailure(client);
        Response refusal = ProblemJson.response(Problem.of(401, failure), path)
                .withHeader("WWW-Authenticate", CHALLENGE);
        return new Verdict(client, null, refusal);
    }

    /**
     * Paths the API never has: with control characters (a decoded %00 or %0a) or dot segments (a decoded
     * {@code %2e%2e}). Nothing resolves dot segments here, so this is belt and braces, and it keeps such paths out of
     * the log and of handlers.
     */
    static Optional<String> badPath(String path) {
        if (path == null) {
            return Optional.of("the path holds a malformed percent-escape, or escaped bytes that are not UTF-8");
        }
        if (!path.startsWith("/")) {
            return Optional.of("the request target must be a path starting with '/'");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("the path contains a control character");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("the path contains a '" + segment + "' segment");
            }
        }
        return Optional.empty();
    }

    /** As the router sees it: without a trailing slash. */
    static String normalized(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Verdict refuse(InetAddress client, Problem problem, String instance) {
        return new Verdict(client, null, ProblemJson.response(problem, instance));
    }
}
