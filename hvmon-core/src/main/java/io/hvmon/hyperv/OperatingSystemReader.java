package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimNamespaces;
import io.hvmon.cim.CimSession;
import io.hvmon.model.HostOperatingSystem;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The host's Win32_OperatingSystem (root/cimv2). Memory sizes arrive in KB and leave in MB; uptime is derived from
 * LastBootUpTime at collection time.
 */
public final class OperatingSystemReader implements ClassReader<HostOperatingSystem> {

    public static final String CLASS = "Win32_OperatingSystem";

    static final String WQL = Wql.select(CLASS, List.of("Caption", "Version", "BuildNumber", "LastBootUpTime",
            "TotalVisibleMemorySize", "FreePhysicalMemory"));

    private final Clock clock;

    public OperatingSystemReader(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String what() {
        return CLASS;
    }

    @Override
    public HostOperatingSystem read(CimSession session) throws CimException {
        List<CimInstance> rows = session.query(CimNamespaces.CIMV2, WQL);
        if (rows.isEmpty()) {
            throw new CimException(CimException.Kind.NOT_FOUND, CLASS + " has no instance on this host");
        }
        CimInstance r = rows.getFirst();
        OffsetDateTime boot = CimValues.when(r, "LastBootUpTime");
        Duration uptime = boot == null ? null : Units.notNegative(Duration.between(boot.toInstant(), clock.instant()));
        return new HostOperatingSystem(r.string("Caption"), r.string("Version"), r.string("BuildNumber"), boot, uptime,
                Units.kilobytesToMb(CimValues.integer(r, "TotalVisibleMemorySize")),
                Units.kilobytesToMb(CimValues.integer(r, "FreePhysicalMemory")));
    }
}
