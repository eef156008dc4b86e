package io.hvmon.cim;

import java.util.List;

/**
 * Where CIM instances come from: local WMI over COM, a remote host over WS-Management, a simulator, a test fake.
 * The only place in hvmon that knows a transport; everything above it is transport-blind.
 *
 * <p>Implementations may be used from one thread at a time; the collector gives each host its own session.
 */
public interface CimSession extends AutoCloseable {

    /**
     * Runs one WQL query.
     *
     * @param namespace e.g. {@link CimNamespaces#VIRTUALIZATION_V2}; backslashes are accepted
     * @param wql       {@code SELECT <properties or *> FROM <class> [WHERE ...]}
     * @return the instances, each carrying the selected properties (all of them for {@code *})
     */
    List<CimInstance> query(String namespace, String wql) throws CimException;

    /** Reads one instance by its keys. A missing instance is a {@link CimException.Kind#NOT_FOUND}. */
    CimInstance get(CimReference reference) throws CimException;

    /**
     * Invokes a method on an instance (or on a class, with a reference without keys).
     *
     * @return the output parameters, {@code ReturnValue} among them, as an instance of class {@code __PARAMETERS}
     */
    CimInstance invoke(CimReference target, String method, List<CimProperty> inParameters) throws CimException;

    /** Where this session reads from, in words for status pages and errors (never a secret). */
    String description();

    @Override
    void close();
}
