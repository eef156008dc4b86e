package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;
import io.hvmon.model.HostService;

import java.util.List;

/** The two Hyper-V service singletons: vmms (Msvm_VirtualSystemManagementService) and the Replica service. */
public final class ServiceReaders {

    private static final List<String> PROPERTIES = List.of("Name", "SystemName", "Started", "EnabledState",
            "OtherEnabledState", "HealthState", "OperationalStatus");

    private ServiceReaders() {
    }

    public static ClassReader<HostService> managementService() {
        return new ServiceReader("Msvm_VirtualSystemManagementService");
    }

    public static ClassReader<HostService> replicationService() {
        return new ServiceReader("Msvm_ReplicationService");
    }

    static HostService toService(CimInstance r) {
        return new HostService(r.string("Name"), r.string("SystemName"), r.bool("Started"),
                CimValues.integer(r, "EnabledState"), r.string("OtherEnabledState"), CimValues.integer(r, "HealthState"),
                r.integers("OperationalStatus"));
    }

    private record ServiceReader(String className) implements ClassReader<HostService> {

        @Override
        public String what() {
            return className;
        }

        @Override
        public HostService read(CimSession session) throws CimException {
            List<CimInstance> rows = session.query(CimNamespaces.VIRTUALIZATION_V2, Wql.select(className, PROPERTIES));
            if (rows.isEmpty()) {
                throw new CimException(CimException.Kind.NOT_FOUND, className + " has no instance on this host");
            }
            return toService(rows.getFirst());
        }
    }
}
