package io.hvmon.wsman.soap;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One WS-Man request: the addressing and WS-Management headers and the operation. The client builds it with
 * {@link WsManRequests} and writes it with {@link RequestWriter}; the server gets it from {@link RequestParser}.
 *
 * @param action           wsa:Action; null only for Identify
 * @param to               wsa:To, e.g. {@code http://host:5985/wsman}
 * @param resourceUri      w:ResourceURI; null only for Identify
 * @param messageId        wsa:MessageID, normally {@code uuid:} + a GUID (a bare GUID is accepted)
 * @param maxEnvelopeSize  w:MaxEnvelopeSize in bytes, or null when absent
 * @param operationTimeout w:OperationTimeout, or null when absent
 * @param locale           w:Locale/@xml:lang, or null
 * @param dataLocale       p:DataLocale/@xml:lang, or null
 * @param selectors        w:SelectorSet in document order, empty when absent
 */
public record WsManRequest(String action, String to, String resourceUri, String messageId, Integer maxEnvelopeSize,
                           Duration operationTimeout, String locale, String dataLocale, Map<String, String> selectors,
                           WsManOperation operation) {

    public WsManRequest {
        Objects.requireNonNull(operation, "operation");
        selectors = selectors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(selectors));
    }
}
