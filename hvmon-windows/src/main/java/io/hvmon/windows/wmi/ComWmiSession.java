package io.hvmon.windows.wmi;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimException.Kind;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Local WMI as a {@link CimSession}: queries with {@code ExecQuery} (forward-only, semisynchronous) and
 * {@code IEnumWbemClassObject::Next} in time slices, instances by path with {@code GetObject}, methods with
 * {@code ExecMethod}. All COM work happens on the session's own {@link ComThread}; every COM object is released on
 * every path; each call has a deadline, so a hung WMI provider costs one poll, not the agent. After a call overran
 * its deadline the session refuses further calls (its thread may still be stuck), and the collector opens a new one.
 */
public final class ComWmiSession implements CimSession {

    private static final Logger LOG = Logger.getLogger(ComWmiSession.class.getName());

    /** Objects asked for per {@code Next}: few round trips, bounded memory. */
    static final int BATCH = 100;
    /** Longest single {@code Next} wait, so the deadline is checked between slices. */
    static final int NEXT_SLICE_MILLIS = 1000;
    /** More rows than any Hyper-V host has objects of one class: beyond it the answer is refused, not buffered. */
    static final int MAX_ROWS = 200_000;
    private static final long CLOSE_WAIT_MILLIS = 2000;
    /** How much longer than the deadline a call may take before it counts as hung: queries stop themselves first. */
    static final long HUNG_GRACE_MILLIS = 1000;

    private final Com com;
    private final Duration timeout;
    private final String description;
    private final ComThread thread = new ComThread();
    /** Connected namespaces; touched only on the COM thread. */
    private final Map<String, Com.Services> connections = new LinkedHashMap<>();
    /** Namespaces this session found missing (no Hyper-V), with the error to repeat; COM thread only. */
    private final Map<String, CimException> missingNamespaces = new LinkedHashMap<>();
    private boolean initialized; // COM thread only
    private volatile CimException unusable;
    private volatile boolean closed;

    /**
     * @param timeout the longest one call (a query with all its rows, a GetObject, a method) may take
     */
    public ComWmiSession(Com com, Duration timeout, String description) {
        this.com = com;
        this.timeout = timeout;
        this.description = description;
    }

    @FunctionalInterface
    private interface ComWork<T> {
        T run(long deadlineNanos) throws ComException, CimException;
    }

    @Override
    public List<CimInstance> query(String namespace, String wql) throws CimException {
        String ns = CimNamespaces.normalize(namespace);
        return onComThread(ns, "run query '" + wql + "'", deadline -> {
            VariantConverter converter = new VariantConverter(ns);
            List<CimInstance> rows = new ArrayList<>();
            try (Com.Enumerator enumerator = services(ns).execQuery(wql)) {
                while (true) {
                    long left = millisLeft(deadline);
                    if (left <= 0) {
                        throw timedOut("query '" + wql + "'");
                    }
                    Com.Batch batch = enumerator.next((int) Math.min(left, NEXT_SLICE_MILLIS), BATCH);
                    readAndRelease(batch.objects(), converter, rows);
                    if (rows.size() > MAX_ROWS) {
                        throw new CimException(Kind.PROTOCOL, "query '" + wql + "' returned more than " + MAX_ROWS
                                + " rows; refused");
                    }
                    if (batch.hresult() == Com.Batch.WBEM_S_FALSE) {
                        return rows;
                    }
                }
            }
        });
    }

    @Override
    public CimInstance get(CimReference reference) throws CimException {
        String ns = reference.namespace();
        String path = WmiObjectPath.format(reference);
        return onComThread(ns, "get " + path, deadline -> {
            try (Com.ClassObject object = services(ns).getObject(path)) {
                return new VariantConverter(ns).toInstance(object.read());
            }
        });
    }

    @Override
    public CimInstance invoke(CimReference target, String method, List<CimProperty> inParameters) throws CimException {
        String ns = target.namespace();
        String path = WmiObjectPath.format(target);
        List<CimProperty> parameters = inParameters == null ? List.of() : inParameters;
        return onComThread(ns, "call " + target.className() + "." + method, deadline -> {
            Com.Services services = services(ns);
            try (Com.ClassObject type = services.getObject(target.className());
                 Com.ClassObject in = type.newInParameters(method)) {
                if (in == null && !parameters.isEmpty()) {
                    throw new CimException(Kind.INVALID_QUERY, target.className() + "." + method
                            + " takes no input parameters, but " + parameters.size() + " were given");
                }
                for (CimProperty p : parameters) {
                    in.put(p.name(), VariantEncoder.toVariant(p));
                }
                try (Com.ClassObject out = services.execMethod(path, method, in)) {
                    return out == null ? new CimInstance("__PARAMETERS", List.of())
                            : new VariantConverter(ns).toInstance(out.read());
                }
            }
        });
    }

    @Override
    public String description() {
        return description;
    }

    /** Releases every connection and uninitializes COM on the COM thread; waits briefly if a call is still stuck. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        thread.shutdown(this::releaseAll, CLOSE_WAIT_MILLIS);
    }

    private <T> T onComThread(String ns, String what, ComWork<T> work) throws CimException {
        if (closed) {
            throw new CimException(Kind.PROTOCOL, "the local WMI session is closed (" + what + ")");
        }
        CimException refusal = unusable;
        if (refusal != null) {
            throw refusal;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            return thread.call(() -> runOnComThread(ns, what, work, deadline), timeout.toMillis() + HUNG_GRACE_MILLIS);
        } catch (ComThread.Late late) {
            CimException e = new CimException(Kind.TIMEOUT, "WMI did not answer within " + timeout.toSeconds()
                    + " s (trying to " + what + "); a WMI provider may be hung. hvmon leaves this call behind and"
                    + " reconnects at the next poll");
            unusable = e;
            throw e;
        } catch (CimException e) {
            throw e;
        } catch (Exception e) {
            throw new CimException(Kind.PROTOCOL, "unexpected failure reading local WMI (trying to " + what + "): " + e, e);
        }
    }

    private <T> T runOnComThread(String ns, String what, ComWork<T> work, long deadline) throws CimException {
        try {
            if (!initialized) {
                com.initializeThread();
                initialized = true;
            }
            return work.run(deadline);
        } catch (ComException e) {
            if (WmiErrors.isDisconnected(e.hresult())) {
                releaseConnections(); // the WMI service went away: connect afresh on the next call
            }
            throw WmiErrors.toCimException(e, ns, what);
        } catch (IllegalArgumentException e) {
            throw new CimException(Kind.PROTOCOL, "unexpected value from WMI (trying to " + what + "): "
                    + e.getMessage(), e);
        }
    }

    private Com.Services services(String ns) throws ComException, CimException {
        Com.Services services = connections.get(ns);
        if (services == null) {
            CimException missing = missingNamespaces.get(ns);
            if (missing != null) {
                throw missing;
            }
            try {
                services = com.connect(WmiObjectPath.comNamespace(ns));
            } catch (ComException e) {
                if (e.hresult() == WmiErrors.WBEM_E_INVALID_NAMESPACE) {
                    // asked once per session: a namespace does not appear between two calls of one poll
                    missingNamespaces.put(ns, WmiErrors.toCimException(e, ns, "connect to " + ns));
                }
                throw e;
            }
            connections.put(ns, services);
        }
        return services;
    }

    /** Converts every object of a batch and releases all of them, also when one of them cannot be converted. */
    private static void readAndRelease(List<Com.ClassObject> objects, VariantConverter converter, List<CimInstance> rows)
            throws ComException {
        int i = 0;
        try {
            for (; i < objects.size(); i++) {
                try (Com.ClassObject object = objects.get(i)) {
                    rows.add(converter.toInstance(object.read()));
                }
            }
        } finally {
            for (i++; i < objects.size(); i++) {
                objects.get(i).close();
            }
        }
    }

    private void releaseAll() {
        releaseConnections();
        if (initialized) {
            com.uninitializeThread();
            initialized = false;
        }
    }

    private void releaseConnections() {
        for (Com.Services services : connections.values()) {
            try {
                services.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "releasing a WMI connection failed", e);
            }
        }
        connections.clear();
    }

    private CimException timedOut(String what) {
        return new CimException(Kind.TIMEOUT, "WMI did not finish the " + what + " within " + timeout.toSeconds()
                + " s; a WMI provider may be busy or hung");
    }

    private static long millisLeft(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }
}
