package io.hvmon.wsman.soap;

import java.util.Objects;

/**
 * A parsed WS-Man response: its addressing headers and its body.
 *
 * @param action    wsa:Action, null for Identify
 * @param messageId wsa:MessageID of the response
 * @param relatesTo wsa:RelatesTo, the request's MessageID (absent on some faults)
 */
public record WsManResponse(String action, String messageId, String relatesTo, ResponseBody body) {

    public WsManResponse {
        Objects.requireNonNull(body, "body");
    }
}
