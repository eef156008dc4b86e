package io.hvmon.app.check;

import java.util.List;
import java.util.Map;

/**
 * One answer of the hvmon API as a check needs it.
 *
 * @param status          the HTTP status
 * @param body            the parsed JSON: a Map, a List, or null when there was no JSON body
 * @param stale           {@code X-Hvmon-Stale: true}: some host the answer covers is stale or was never collected
 * @param incompleteHosts {@code X-Hvmon-Incomplete-Hosts}, or null
 */
public record ApiAnswer(int status, Object body, boolean stale, String incompleteHosts) {

    @SuppressWarnings("unchecked")
    public Map<String, Object> object() throws CheckFailure {
        if (body instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new CheckFailure("hvmon answered " + status + " without the JSON object expected");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> objects() throws CheckFailure {
        if (body instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        throw new CheckFailure("hvmon answered " + status + " without the JSON array expected");
    }

    /** A problem+json answer's {@code detail}, else a generic text. */
    public String problemDetail() {
        if (body instanceof Map<?, ?> map && map.get("detail") instanceof String detail) {
            return detail;
        }
        return "HTTP " + status;
    }

    /**
     * Whether this host is among the stale ones. The header percent-encodes unusual characters and may end with
     * {@code +N more}: then any host not listed may be stale too.
     */
    public boolean staleFor(String host) {
        if (!stale) {
            return false;
        }
        if (incompleteHosts == null || host == null) {
            return true;
        }
        boolean truncated = false;
        for (String name : incompleteHosts.split(",\\s*")) {
            if (name.matches("\\+\\d+ more")) {
                truncated = true;
            } else if (java.net.URLDecoder.decode(name.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)
                    .equalsIgnoreCase(host)) {
                return true;
            }
        }
        return truncated;
    }

}
