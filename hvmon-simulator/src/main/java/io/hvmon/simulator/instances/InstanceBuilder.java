package io.hvmon.simulator.instances;

import io.hvmon.cim.CimInstance;
import io.hvmon.simulator.fleet.HostState;
import io.hvmon.simulator.schema.ClassSchema;
import java.util.List;

/**
 * Turns a simulated host into the instances of one WMI class. Adding a simulated class means adding one builder
 * and registering it in {@link SimulatedClasses}.
 */
public interface InstanceBuilder {

    /** The WMI class, spelled as the schema spells it. */
    String className();

    /** The namespace, forward slashes. */
    String namespace();

    /** The key properties, for get-by-reference. */
    List<String> keys();

    /** Every instance of the class on this host, each with the class's full property set. */
    List<CimInstance> build(HostState host, ClassSchema schema);
}
