package io.hvmon.app.metrics;

import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

import java.util.List;

/** {@code hvmon_build_info} and hvmon's process: CPU, memory, start time. No labels but the build's. */
final class SelfFamilies {

    private SelfFamilies() {
    }

    static List<MetricSnapshot> of(SelfFacts self) {
        InfoFamily build = new InfoFamily("hvmon_build",
                "hvmon's version and the Java runtime it runs on, value 1");
        build.add(SeriesLabels.of("version", self.version(), "java_version", Runtime.version().toString()));
        ProcessFacts process = self.process();
        GaugeFamily start = new GaugeFamily("hvmon_process_start_time_seconds",
                "When the hvmon process started, Unix seconds", Unit.SECONDS);
        start.add(Labels.EMPTY, BaseUnits.unixSeconds(process.startTime()));
        GaugeFamily resident = new GaugeFamily("hvmon_process_resident_memory_bytes",
                "Resident memory of the hvmon process (Linux only: /proc/self/status VmRSS), bytes", Unit.BYTES);
        resident.add(Labels.EMPTY, process.residentBytes());
        GaugeFamily heapUsed = new GaugeFamily("hvmon_jvm_heap_used_bytes",
                "Java heap in use by hvmon, garbage included, bytes", Unit.BYTES);
        heapUsed.add(Labels.EMPTY, process.heapUsedBytes());
        GaugeFamily heapMax = new GaugeFamily("hvmon_jvm_heap_max_bytes",
                "Java heap limit of hvmon (-Xmx, HVMON_HEAP), bytes", Unit.BYTES);
        heapMax.add(Labels.EMPTY, process.heapMaxBytes());
        List<MetricSnapshot> families = new java.util.ArrayList<>(List.of(build.snapshot(), start.snapshot(),
                resident.snapshot(), heapUsed.snapshot(), heapMax.snapshot()));
        if (process.cpuSeconds() != null) {
            CounterFamily cpu = new CounterFamily("hvmon_process_cpu_seconds",
                    "CPU time used by the hvmon process, user and system, seconds", Unit.SECONDS);
            cpu.add(Labels.EMPTY, process.cpuSeconds());
            families.add(cpu.snapshot());
        }
        return families;
    }
}
