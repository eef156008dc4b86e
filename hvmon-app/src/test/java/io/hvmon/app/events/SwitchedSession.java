package io.hvmon.app.events;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A session that fails every call while its switch is off, as an unreachable host does. */
final class SwitchedSession implements CimSession {

    static final String FAILURE = "switched off by the test";

    private final CimSession real;
    private final AtomicBoolean down;

    SwitchedSession(CimSession real, AtomicBoolean down) {
        this.real = real;
        this.down = down;
    }

    private void check() throws CimException {
        if (down.get()) {
            throw new CimException(CimException.Kind.UNREACHABLE, FAILURE);
        }
    }

    @Override
    public List<CimInstance> query(String namespace, String wql) throws CimException {
        check();
        return real.query(namespace, wql);
    }

    @Override
    public CimInstance get(CimReference reference) throws CimException {
        check();
        return real.get(reference);
    }

    @Override
    public CimInstance invoke(CimReference target, String method, List<CimProperty> inParameters) throws CimException {
        check();
        return real.invoke(target, method, inParameters);
    }

    @Override
    public String description() {
        return real.description();
    }

    @Override
    public void close() {
        real.close();
    }
}
