package io.hvmon.wsman.soap;

import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import java.util.List;
import java.util.Map;

/** Builds the requests a WS-Man client sends, each with a fresh MessageID. */
public final class WsManRequests {

    private WsManRequests() {
    }

    public static WsManRequest identify() {
        return new WsManRequest(null, null, null, null, null, null, null, null, Map.of(), new WsManOperation.Identify());
    }

    /**
     * An optimized WQL enumeration on the all-classes URI of a namespace, the form Windows requires for WQL
     * (wsman.md §2, §3.1).
     */
    public static WsManRequest enumerateWql(String to, String namespace, String wql, int maxElements, RequestOptions o) {
        return request(WsNs.ACTION_ENUMERATE, to, ResourceUris.allClasses(namespace), Map.of(), o,
                new WsManOperation.Enumerate(wql, WsNs.WQL_DIALECT, true, maxElements, null));
    }

    /** The next batch; pass the resource URI the enumeration was started with. */
    public static WsManRequest pull(String to, String resourceUri, String context, int maxElements, RequestOptions o) {
        return request(WsNs.ACTION_PULL, to, resourceUri, Map.of(), o, new WsManOperation.Pull(context, maxElements, null));
    }

    /** Ends an enumeration early so it does not count against the server's concurrent-operation quota. */
    public static WsManRequest release(String to, String resourceUri, String context, RequestOptions o) {
        return request(WsNs.ACTION_RELEASE, to, resourceUri, Map.of(), o, new WsManOperation.Release(context));
    }

    public static WsManRequest get(String to, CimReference reference, RequestOptions o) {
        return request(WsNs.ACTION_GET, to, ResourceUris.forClass(reference.namespace(), reference.className()),
                reference.keys(), o, new WsManOperation.Get());
    }

    /**
     * A method call on the instance the reference names (on the class when it has no keys). NULL parameters are
     * left out, which WMI reads as NULL; an embedded-instance parameter is sent as CIM-XML text.
     */
    public static WsManRequest invoke(String to, CimReference target, String method, List<CimProperty> parameters,
                                      RequestOptions o) {
        String uri = ResourceUris.forClass(target.namespace(), target.className());
        return request(uri + "/" + method, to, uri, target.keys(), o, new WsManOperation.Invoke(method, parameters));
    }

    private static WsManRequest request(String action, String to, String resourceUri, Map<String, String> selectors,
                                        RequestOptions o, WsManOperation operation) {
        return new WsManRequest(action, to, resourceUri, MessageIds.next(), o.maxEnvelopeSize(), o.operationTimeout(),
                o.locale(), o.dataLocale(), selectors, operation);
    }
}
