package io.hvmon.hyperv;

import java.time.Duration;

/** Unit conversions, in one place because Windows uses three memory units (reference gotcha 19). */
final class Units {

    private static final long MIB = 1024L * 1024L;

    private Units() {
    }

    /** Win32_ComputerSystem.TotalPhysicalMemory is bytes; MB here is MiB, rounded down, as Windows shows it. */
    static Long bytesToMb(Long bytes) {
        return bytes == null ? null : Long.divideUnsigned(bytes, MIB);
    }

    /** Win32_OperatingSystem memory fields are KB. */
    static Long kilobytesToMb(Long kilobytes) {
        return kilobytes == null ? null : Long.divideUnsigned(kilobytes, 1024L);
    }

    /** Clocks of two machines disagree: a time "in the future" is taken as now. */
    static Duration notNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
