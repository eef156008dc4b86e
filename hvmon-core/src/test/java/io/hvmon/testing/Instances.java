package io.hvmon.testing;

import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;

import java.util.ArrayList;
import java.util.List;

/** A small builder of CimInstances for tests, typed as the Hyper-V classes type them. */
public final class Instances {

    private final String className;
    private final List<CimProperty> properties = new ArrayList<>();

    private Instances(String className) {
        this.className = className;
    }

    public static Instances of(String className) {
        return new Instances(className);
    }

    public Instances str(String name, String value) {
        properties.add(CimProperty.scalar(name, CimType.STRING, value));
        return this;
    }

    public Instances u16(String name, Long value) {
        properties.add(CimProperty.scalar(name, CimType.UINT16, value));
        return this;
    }

    public Instances u64(String name, Long value) {
        properties.add(CimProperty.scalar(name, CimType.UINT64, value));
        return this;
    }

    public Instances s32(String name, Long value) {
        properties.add(CimProperty.scalar(name, CimType.SINT32, value));
        return this;
    }

    public Instances u32(String name, Long value) {
        properties.add(CimProperty.scalar(name, CimType.UINT32, value));
        return this;
    }

    public Instances dateTime(String name, java.time.OffsetDateTime value) {
        properties.add(CimProperty.scalar(name, CimType.DATETIME, value));
        return this;
    }

    /** An embedded-instance array, as method outputs carry them. */
    public Instances instances(String name, List<CimInstance> values) {
        properties.add(CimProperty.array(name, CimType.INSTANCE, values));
        return this;
    }

    public Instances bool(String name, Boolean value) {
        properties.add(CimProperty.scalar(name, CimType.BOOLEAN, value));
        return this;
    }

    public Instances u16s(String name, List<Long> values) {
        properties.add(CimProperty.array(name, CimType.UINT16, values));
        return this;
    }

    public Instances strs(String name, List<String> values) {
        properties.add(CimProperty.array(name, CimType.STRING, values));
        return this;
    }

    public CimInstance build() {
        return new CimInstance(className, properties);
    }

    /** A running, replicated VM as Msvm_SummaryInformation reports it. */
    public static CimInstance summary(String guid, String name, long replicationMode) {
        return of("Msvm_SummaryInformation").str("Name", guid).str("ElementName", name)
                .str("InstanceID", "Microsoft:" + guid).u16("EnabledState", 2L).u16("HealthState", 5L)
                .u16("Heartbeat", 2L).u64("MemoryUsage", 4096L).s32("MemoryAvailable", 2147483647L)
                .s32("AvailableMemoryBuffer", 2147483647L).u16("NumberOfProcessors", 4L)
                .u16s("OperationalStatus", List.of(2L)).u16("ProcessorLoad", 7L).u64("UpTime", 123456789L)
                .u16("ReplicationState", replicationMode == 0 ? 0L : 3L)
                .u16("ReplicationHealth", replicationMode == 0 ? 0L : 1L).u16("ReplicationMode", replicationMode)
                .u16("ApplicationHealth", 2L).u16("IntegrationServicesVersionState", 1L)
                .str("HostComputerSystemName", "HV01").bool("Shielded", false)
                .str("GuestOperatingSystem", "Windows Server 2022 Datacenter").build();
    }

    public static CimInstance hostSystem(String name) {
        return of("Msvm_ComputerSystem").str("Name", name).str("ElementName", name).u16("EnabledState", 2L)
                .u16("HealthState", 5L).u16s("OperationalStatus", List.of(2L)).build();
    }
}
