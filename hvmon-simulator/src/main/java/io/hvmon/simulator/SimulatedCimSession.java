package io.hvmon.simulator;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimException.Kind;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimReference;
import io.hvmon.cim.CimSession;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.instances.InstanceBuilder;
import io.hvmon.simulator.instances.NotEnumerableException;
import io.hvmon.simulator.instances.SimulatedClasses;
import io.hvmon.simulator.instances.SummaryInformationMethod;
import io.hvmon.simulator.schema.ClassSchema;
import io.hvmon.simulator.schema.SchemaCatalog;
import io.hvmon.simulator.wql.BoundQuery;
import io.hvmon.simulator.wql.WqlParser;
import io.hvmon.simulator.wql.WqlQuery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link CimSession} over one {@link SimulatedHost}: each call reads the host as of its clock's current instant.
 * Errors are those Windows gives: an unknown namespace is NOT_FOUND "invalid namespace", a class outside the
 * namespace or a bad query is INVALID_QUERY "cannot process filter: ...". A class the host's Windows release cannot
 * enumerate (Msvm_SummaryInformation on Server 2012 R2) is INVALID_QUERY "cannot process filter: invalid class ...".
 * Of the methods, {@code Msvm_VirtualSystemManagementService.GetSummaryInformation} is implemented; others are
 * UNSUPPORTED.
 */
public final class SimulatedCimSession implements CimSession {

    private final SimulatedHost host;
    private final SchemaCatalog catalog;
    private final AtomicReference<CimException> nextFailure = new AtomicReference<>();

    public SimulatedCimSession(SimulatedHost host) {
        this(host, SchemaCatalog.server2019());
    }

    public SimulatedCimSession(SimulatedHost host, SchemaCatalog catalog) {
        this.host = host;
        this.catalog = catalog;
    }

    /** Makes the next call (query, get or invoke) throw this instead of answering: for tests of failure paths. */
    public void failNext(CimException failure) {
        nextFailure.set(failure);
    }

    @Override
    public List<CimInstance> query(String namespace, String wql) throws CimException {
        throwInjected();
        String ns = checkNamespace(namespace);
        WqlQuery query = WqlParser.parse(wql);
        ClassSchema schema = catalog.find(ns, query.className()).orElseThrow(() -> new CimException(Kind.INVALID_QUERY,
                "cannot process filter: invalid class '" + query.className() + "' at position " + query.classPosition()
                        + ": no such class in namespace " + ns + elsewhere(query.className())));
        BoundQuery bound = BoundQuery.bind(query, schema);
        return bound.apply(instances(ns, schema));
    }

    @Override
    public CimInstance get(CimReference reference) throws CimException {
        throwInjected();
        String ns = checkNamespace(reference.namespace());
        ClassSchema schema = catalog.find(ns, reference.className()).orElseThrow(() -> new CimException(Kind.NOT_FOUND,
                "invalid class '" + reference.className() + "' in namespace " + ns + elsewhere(reference.className())));
        InstanceBuilder builder = builder(ns, schema);
        for (Map.Entry<String, String> key : reference.keys().entrySet()) {
            if (builder.keys().stream().noneMatch(k -> k.equalsIgnoreCase(key.getKey()))) {
                throw new CimException(Kind.FAULT, "invalid selectors: '" + key.getKey() + "' is not a key of "
                        + schema.name() + " (its keys: " + String.join(", ", builder.keys()) + ")");
            }
        }
        for (String key : builder.keys()) {
            if (reference.key(key) == null) {
                throw new CimException(Kind.FAULT, "invalid selectors: key '" + key + "' of " + schema.name()
                        + " is missing from " + reference);
            }
        }
        return build(builder, host.current(), schema).stream()
                .filter(instance -> builder.keys().stream().allMatch(k -> reference.key(k).equalsIgnoreCase(instance.string(k))))
                .findFirst()
                .orElseThrow(() -> new CimException(Kind.NOT_FOUND, "no instance " + reference + " on " + host.name()));
    }

    @Override
    public CimInstance invoke(CimReference target, String method, List<CimProperty> inParameters) throws CimException {
        throwInjected();
        String ns = checkNamespace(target.namespace());
        if (ns.equals(CimNamespaces.VIRTUALIZATION_V2)
                && target.className().equalsIgnoreCase("Msvm_VirtualSystemManagementService")
                && method.equalsIgnoreCase(SummaryInformationMethod.NAME)) {
            return SummaryInformationMethod.invoke(host.current(), catalog, inParameters == null ? List.of() : inParameters);
        }
        throw new CimException(Kind.UNSUPPORTED, "the simulator does not implement method " + target.className() + "."
                + method + "; it implements Msvm_VirtualSystemManagementService." + SummaryInformationMethod.NAME);
    }

    @Override
    public String description() {
        return host.toString();
    }

    @Override
    public void close() {
        // nothing held: the host belongs to whoever created it
    }

    private List<CimInstance> instances(String ns, ClassSchema schema) throws CimException {
        HostState state = host.current();
        return build(builder(ns, schema), state, schema);
    }

    private static List<CimInstance> build(InstanceBuilder builder, HostState state, ClassSchema schema)
            throws CimException {
        try {
            return builder.build(state, schema);
        } catch (NotEnumerableException e) {
            throw new CimException(Kind.INVALID_QUERY, "cannot process filter: " + e.getMessage(), e);
        }
    }

    private InstanceBuilder builder(String ns, ClassSchema schema) throws CimException {
        return SimulatedClasses.find(ns, schema.name()).orElseThrow(() -> new CimException(Kind.UNSUPPORTED,
                "the simulator knows class " + schema.name() + " but does not simulate its instances yet"));
    }

    private String checkNamespace(String namespace) throws CimException {
        String ns = CimNamespaces.normalize(namespace);
        if (!catalog.hasNamespace(ns)) {
            throw new CimException(Kind.NOT_FOUND, "invalid namespace '" + ns + "' on simulated host " + host.name());
        }
        return ns;
    }

    private String elsewhere(String className) {
        var namespaces = catalog.namespacesOf(className);
        return namespaces.isEmpty() ? "" : " (it is in " + String.join(", ", namespaces) + ")";
    }

    private void throwInjected() throws CimException {
        CimException failure = nextFailure.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
    }
}
