package io.hvmon.simulator.wsman;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;
import io.hvmon.simulator.wql.WqlParser;
import io.hvmon.wsman.soap.BatchSizer;
import io.hvmon.wsman.soap.IdentifyResponse;
import io.hvmon.wsman.soap.InstanceWriter;
import io.hvmon.wsman.soap.RenderedItem;
import io.hvmon.wsman.soap.ResourceUris;
import io.hvmon.wsman.soap.ResponseWriter;
import io.hvmon.wsman.soap.WsManFaultException;
import io.hvmon.wsman.soap.WsManFaults;
import io.hvmon.wsman.soap.WsManOperation;
import io.hvmon.wsman.soap.WsManRequest;
import io.hvmon.wsman.soap.WsNs;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers parsed WS-Man requests from a simulated host the way Windows' WinRM service answers them: optimized
 * enumerations batched by MaxElements and MaxEnvelopeSize, Pull and Release on expiring contexts, Get by selectors,
 * and Windows' faults for bad WQL, unknown resources, selectors and contexts.
 */
final class WsManService {

    /** Windows' answer to Identify (Server 2019). */
    static final IdentifyResponse IDENTITY = new IdentifyResponse("http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd",
            "Microsoft Corporation", "OS: 10.0.17763 SP: 0.0 Stack: 3.0", List.of());

    /** Windows' MaxEnvelopeSizekb default (500 KiB): larger client values are capped to it. */
    static final int MAX_ENVELOPE_SIZE = 512_000;
    /** Windows' MaxBatchItems default: larger MaxElements are capped to it. */
    static final int MAX_BATCH_ITEMS = 32_000;

    private final CimSession host;
    private final String machine;
    private final EnumerationContexts contexts;

    WsManService(CimSession host, String machine, EnumerationContexts contexts) {
        this.host = host;
        this.machine = machine;
        this.contexts = contexts;
    }

    /** The SOAP answer to a request; faults are thrown for the caller to send with their HTTP status. */
    byte[] answer(WsManRequest request) throws WsManFaultException {
        String relatesTo = request.messageId();
        return switch (request.operation()) {
            case WsManOperation.Identify identify -> ResponseWriter.identifyResponse(IDENTITY);
            case WsManOperation.Enumerate enumerate -> enumerate(request, enumerate);
            case WsManOperation.Pull pull -> pull(request, pull);
            case WsManOperation.Release release -> {
                if (!contexts.release(release.context())) {
                    throw new WsManFaultException(WsManFaults.invalidEnumerationContext(machine), relatesTo);
                }
                yield ResponseWriter.releaseResponse(relatesTo);
            }
            case WsManOperation.Get get -> get(request);
            case WsManOperation.Invoke invoke -> invoke(request, invoke);
        };
    }

    private byte[] enumerate(WsManRequest request, WsManOperation.Enumerate enumerate) throws WsManFaultException {
        ResourceUris.Parsed resource = resource(request);
        if (enumerate.mode() != null) {
            throw fault(WsManFaults.actionNotSupported(machine, "EnumerationMode " + enumerate.mode()), request);
        }
        String wql;
        if (enumerate.filter() != null) {
            if (enumerate.dialect() != null && !enumerate.dialect().equalsIgnoreCase(WsNs.WQL_DIALECT)) {
                throw fault(WsManFaults.cannotProcessFilter(machine, "The filter dialect " + enumerate.dialect()
                        + " is not supported; use " + WsNs.WQL_DIALECT + "."), request);
            }
            wql = enumerate.filter();
        } else if (resource.isAllClasses()) {
            throw fault(WsManFaults.cannotProcessFilter(machine,
                    "An enumeration of all classes (/*) needs a WQL filter."), request);
        } else {
            wql = "SELECT * FROM " + resource.className();
        }
        List<RenderedItem> items = render(resource.namespace(), query(resource.namespace(), wql, request), wql);
        int maxElements = enumerate.maxElements() == null ? 1 : Math.min(enumerate.maxElements(), MAX_BATCH_ITEMS);
        if (!enumerate.optimize()) {
            return ResponseWriter.enumerateResponse(request.messageId(), openContext(items, 0, request), null, false);
        }
        int fit = BatchSizer.fit(items, maxElements, envelopeSize(request), request.messageId(), machine);
        boolean done = fit == items.size();
        String context = done ? null : openContext(items, fit, request);
        return ResponseWriter.enumerateResponse(request.messageId(), context, items.subList(0, fit), done);
    }

    private byte[] pull(WsManRequest request, WsManOperation.Pull pull) throws WsManFaultException {
        EnumerationContexts.Pending pending = contexts.take(pull.context());
        if (pending == null) {
            throw fault(WsManFaults.invalidEnumerationContext(machine), request);
        }
        synchronized (pending) {
            List<RenderedItem> remaining = pending.remaining();
            int maxElements = pull.maxElements() == null ? 1 : Math.min(pull.maxElements(), MAX_BATCH_ITEMS);
            int fit = BatchSizer.fit(remaining, maxElements, envelopeSize(request), request.messageId(), machine);
            List<RenderedItem> batch = List.copyOf(remaining.subList(0, fit));
            pending.next += fit;
            boolean done = pending.next >= pending.items.size();
            if (done) {
                contexts.release(pull.context());
            }
            return ResponseWriter.pullResponse(request.messageId(), done ? null : pull.context(), batch, done);
        }
    }

    private byte[] get(WsManRequest request) throws WsManFaultException {
        ResourceUris.Parsed resource = resource(request);
        if (request.selectors().isEmpty()) {
            throw fault(WsManFaults.invalidSelectors(machine, WsManFaults.SelectorProblem.INSUFFICIENT), request);
        }
        try {
            CimInstance instance = host.get(new CimReference(resource.namespace(), resource.className(),
                    request.selectors()));
            return ResponseWriter.getResponse(request.messageId(), InstanceWriter.typed(resource.namespace(), instance));
        } catch (CimException e) {
            throw fault(switch (e.kind()) {
                case INVALID_QUERY, NOT_FOUND -> WsManFaults.destinationUnreachable(machine, request.resourceUri());
                default -> WsManFaults.invalidSelectors(machine, WsManFaults.SelectorProblem.INVALID_VALUE);
            }, request);
        }
    }

    private byte[] invoke(WsManRequest request, WsManOperation.Invoke invoke) throws WsManFaultException {
        ResourceUris.Parsed resource = resource(request);
        try {
            CimInstance output = host.invoke(new CimReference(resource.namespace(), resource.className(),
                    request.selectors()), invoke.method(), invoke.parameters());
            return ResponseWriter.invokeResponse(request.messageId(), resource.namespace(), resource.className(),
                    invoke.method(), output);
        } catch (CimException e) {
            throw fault(e.kind() == CimException.Kind.UNSUPPORTED
                    ? WsManFaults.actionNotSupported(machine, request.action())
                    : WsManFaults.internalError(machine, WsManFaults.E_FAIL, e.getMessage()), request);
        }
    }

    private List<CimInstance> query(String namespace, String wql, WsManRequest request) throws WsManFaultException {
        try {
            return host.query(namespace, wql);
        } catch (CimException e) {
            throw fault(switch (e.kind()) {
                case INVALID_QUERY -> WsManFaults.cannotProcessFilter(machine, e.getMessage());
                case NOT_FOUND -> WsManFaults.destinationUnreachable(machine, request.resourceUri());
                default -> WsManFaults.internalError(machine, WsManFaults.E_FAIL, e.getMessage());
            }, request);
        }
    }

    /** SELECT * renders typed instances; a property list renders w:XmlFragment projections, as Windows does. */
    private static List<RenderedItem> render(String namespace, List<CimInstance> rows, String wql) {
        boolean projection = !selectsAll(wql);
        List<RenderedItem> items = new ArrayList<>(rows.size());
        for (CimInstance row : rows) {
            items.add(projection ? InstanceWriter.projection(namespace, row) : InstanceWriter.typed(namespace, row));
        }
        return items;
    }

    private static boolean selectsAll(String wql) {
        try {
            return WqlParser.parse(wql).selectsAll();
        } catch (CimException e) {
            return true; // unreachable: the query was already evaluated
        }
    }

    private String openContext(List<RenderedItem> items, int sent, WsManRequest request) throws WsManFaultException {
        String id = contexts.open(items, sent);
        if (id == null) {
            throw fault(WsManFaults.internalError(machine, WsManFaults.E_FAIL,
                    "Too many enumerations are open; release or finish some."), request);
        }
        return id;
    }

    private ResourceUris.Parsed resource(WsManRequest request) throws WsManFaultException {
        ResourceUris.Parsed resource = ResourceUris.parse(request.resourceUri());
        if (resource == null || resource.namespace() == null) {
            throw fault(WsManFaults.destinationUnreachable(machine, request.resourceUri()), request);
        }
        return resource;
    }

    private static int envelopeSize(WsManRequest request) {
        return request.maxEnvelopeSize() == null ? MAX_ENVELOPE_SIZE : Math.min(request.maxEnvelopeSize(), MAX_ENVELOPE_SIZE);
    }

    private static WsManFaultException fault(io.hvmon.wsman.soap.WsManFault fault, WsManRequest request) {
        return new WsManFaultException(fault, request.messageId());
    }
}
