package io.hvmon.simulator.instances;

import io.hvmon.cim.CimNamespaces;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The classes the simulator produces instances of; every other schema class is known but not simulated. */
public final class SimulatedClasses {

    private static final List<InstanceBuilder> BUILDERS = List.of(
            new SummaryInformationBuilder(), new ComputerSystemBuilder(), new ManagementServiceBuilder(),
            new ReplicationRelationshipBuilder(), new ReplicationSettingDataBuilder(), new ReplicationServiceBuilder(),
            new VirtualSystemSettingDataBuilder(), new MemorySettingDataBuilder(), new ProcessorSettingDataBuilder(),
            new KvpExchangeComponentBuilder(), new VirtualEthernetSwitchBuilder(),
            new OperatingSystemBuilder(), new Win32ComputerSystemBuilder(),
            new LogicalProcessorPerfBuilder(), new MemoryBalancerPerfBuilder());

    private SimulatedClasses() {
    }

    public static List<InstanceBuilder> all() {
        return BUILDERS;
    }

    /** The builder for a class in a namespace (any spelling of either), if the class is simulated. */
    public static Optional<InstanceBuilder> find(String namespace, String className) {
        String ns = CimNamespaces.normalize(namespace);
        return BUILDERS.stream()
                .filter(b -> b.namespace().equals(ns) && b.className().toLowerCase(Locale.ROOT)
                        .equals(className.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
