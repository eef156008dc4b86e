package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;

import java.util.List;

/** Counts the calls one cycle sends, so a snapshot reports what it really cost. Does not own the session. */
final class CountingSession implements CimSession {

    private final CimSession session;
    private int calls;

    CountingSession(CimSession session) {
        this.session = session;
    }

    int calls() {
        return calls;
    }

    @Override
    public List<CimInstance> query(String namespace, String wql) throws CimException {
        calls++;
        return session.query(namespace, wql);
    }

    @Override
    public CimInstance get(CimReference reference) throws CimException {
        calls++;
        return session.get(reference);
    }

    @Override
    public CimInstance invoke(CimReference target, String method, List<CimProperty> inParameters) throws CimException {
        calls++;
        return session.invoke(target, method, inParameters);
    }

    @Override
    public String description() {
        return session.description();
    }

    @Override
    public void close() {
        // the caller owns the session
    }
}
