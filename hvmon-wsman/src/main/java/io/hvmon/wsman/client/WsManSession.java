package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;
import io.hvmon.wsman.soap.EnumerationPage;
import io.hvmon.wsman.soap.IdentifyResponse;
import io.hvmon.wsman.soap.RequestOptions;
import io.hvmon.wsman.soap.RequestWriter;
import io.hvmon.wsman.soap.ResourceUris;
import io.hvmon.wsman.soap.ResponseParser;
import io.hvmon.wsman.soap.WsManRequest;
import io.hvmon.wsman.soap.WsManRequests;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@link CimSession} over WS-Management: WQL queries as optimized enumerations with Pull until EndOfSequence, Get
 * by selectors, Invoke. One connection, authenticated once, reused for every request of the session.
 */
public final class WsManSession implements CimSession {

    private static final Logger LOG = Logger.getLogger(WsManSession.class.getName());

    private static final java.util.regex.Pattern FROM =
            java.util.regex.Pattern.compile("(?i)\\bFROM\\s+([A-Za-z_][A-Za-z0-9_]*)");

    private final WsManSettings settings;
    private final WsManTransport transport;
    private final ResponseParser parser;
    private final RequestOptions options;
    private final String to;

    public WsManSession(WsManSettings settings) {
        this(settings, new io.hvmon.wsman.http.Traffic());
    }

    /**
     * A session that adds what it sends and receives to {@code traffic}, which may outlive it: the collector opens a
     * new session after every failure, and a host's counters must keep growing across them.
     */
    public WsManSession(WsManSettings settings, io.hvmon.wsman.http.Traffic traffic) {
        this.settings = settings;
        this.transport = new WsManTransport(settings, java.util.Objects.requireNonNull(traffic, "traffic"));
        this.parser = new ResponseParser(settings.soapLimits());
        this.options = new RequestOptions(settings.maxEnvelopeSize(), settings.operationTimeout(), "en-US", null);
        this.to = settings.endpoint().toString();
    }

    /** wsmid:Identify: who answers (vendor, version); also a cheap check of reachability and credentials. */
    public IdentifyResponse identify() throws CimException {
        byte[] answer = exchange(WsManRequests.identify(), true);
        return parser.identify(new ByteArrayInputStream(answer));
    }

    @Override
    public List<CimInstance> query(String namespace, String wql) throws CimException {
        String ns = CimNamespaces.normalize(namespace);
        WsManRequest enumerate = WsManRequests.enumerateWql(to, ns, wql, settings.maxElements(), options);
        // Projections arrive as w:XmlFragment: the parser names them after the class the query selected from.
        String fromClass = fromClass(wql);
        EnumerationPage page = parser.enumerate(new ByteArrayInputStream(exchange(enumerate, true)), fromClass);
        List<CimInstance> rows = new ArrayList<>(page.items());
        while (page.hasMore()) {
            String context = page.context();
            try {
                WsManRequest pull = WsManRequests.pull(to, enumerate.resourceUri(), context, settings.maxElements(), options);
                page = parser.pull(new ByteArrayInputStream(exchange(pull, false)), fromClass);
            } catch (CimException e) {
                release(enumerate.resourceUri(), context);
                throw e;
            }
            rows.addAll(page.items());
            if (rows.size() > settings.soapLimits().maxItems()) {
                release(enumerate.resourceUri(), page.context());
                throw new CimException(CimException.Kind.PROTOCOL, transport.host() + " returned more than "
                        + settings.soapLimits().maxItems() + " instances for one query; refusing the rest");
            }
        }
        return rows;
    }

    /** The class a WQL query selects from, or null. */
    private static String fromClass(String wql) {
        java.util.regex.Matcher from = FROM.matcher(wql);
        return from.find() ? from.group(1) : null;
    }

    @Override
    public CimInstance get(CimReference reference) throws CimException {
        byte[] answer = exchange(WsManRequests.get(to, reference, options), true);
        return parser.get(new ByteArrayInputStream(answer));
    }

    @Override
    public CimInstance invoke(CimReference target, String method, List<CimProperty> in) throws CimException {
        byte[] answer = exchange(WsManRequests.invoke(to, target, method, in, options), false);
        return parser.invoke(new ByteArrayInputStream(answer));
    }

    /** Abandons an enumeration so the server can free it; best effort, a failure changes nothing for the caller. */
    private void release(String resourceUri, String context) {
        if (context == null) {
            return;
        }
        try {
            byte[] answer = exchange(WsManRequests.release(to, resourceUri, context, options), true);
            parser.release(new ByteArrayInputStream(answer));
        } catch (CimException e) {
            LOG.log(Level.FINE, () -> "release of an abandoned enumeration failed: " + e.getMessage());
        }
    }

    private byte[] exchange(WsManRequest request, boolean idempotent) throws CimException {
        // The server gives up after OperationTimeout; allow it that long plus the way back.
        Instant deadline = Instant.now().plus(settings.operationTimeout()).plus(Duration.ofSeconds(5));
        return transport.send(RequestWriter.write(request), deadline, idempotent).soap();
    }

    /** What this session has cost on the wire so far, across reconnections (and other sessions sharing its counters). */
    public io.hvmon.wsman.http.Traffic traffic() {
        return transport.traffic();
    }

    @Override
    public String description() {
        return "WS-Man " + settings.endpoint() + " (" + settings.auth().name().toLowerCase(java.util.Locale.ROOT)
                + ", user " + settings.user() + ")";
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return description();
    }

}
