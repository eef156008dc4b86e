package io.hvmon.app.check;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code hvmon check host}: is hvmon getting fresh data from the host, and are the host and its Hyper-V services
 * well. Reads {@code /hvm/hosts/{name}?values=friendly} (or {@code /hvm/host}).
 */
public record HostCheck(Range cpuWarning, Range cpuCritical) {

    public CheckResult evaluate(Map<String, Object> host, Instant now) {
        Verdicts verdicts = new Verdicts();
        String name = Json.text(host, "name");
        String error = Json.text(host, "error");
        String errorText = error == null ? "" : ": " + Json.text(host, "error_kind") + ": " + error;
        Instant collectedAt = instant(Json.text(host, "collected_at"));
        if (!Json.flag(host, "ready")) {
            // Right after hvmon starts, nothing has failed yet: UNKNOWN, not a page; a failed first poll is CRITICAL.
            verdicts.raise(error == null ? Status.UNKNOWN : Status.CRITICAL, "never collected"
                    + (error == null ? " (the first collection is under way)" : errorText));
        } else if (Json.flag(host, "stale")) {
            verdicts.raise(Status.CRITICAL, "data stale, collected "
                    + (collectedAt == null ? "at an unknown time" : age(collectedAt, now) + " ago") + errorText);
        }
        String state = Json.text(host, "state");
        if (state != null && !state.equals("Running")) {
            verdicts.raise(Status.CRITICAL, "host state " + state);
        }
        String health = Json.text(host, "health_state");
        verdicts.raise(VmCheck.healthStatus(health), "host health " + health);
        judgeService(verdicts, Json.object(host, "vmms"), "vmms (Virtual Machine Management)", Status.CRITICAL);
        Double replicated = Json.number(host, "replicated_vm_count");
        if (replicated != null && replicated > 0) {
            judgeService(verdicts, Json.object(host, "replication_service"), "the replication service", Status.CRITICAL);
        }
        if (host.get("missing") instanceof List<?> missing && !missing.isEmpty()) {
            verdicts.raise(Status.WARNING, "incomplete: " + missing.size() + " part(s) not read, e.g. "
                    + Json.text(asObject(missing.getFirst()), "what"));
        }
        Double cpu = Json.number(host, "hypervisor_cpu_percent");
        verdicts.threshold(cpu, cpuWarning, cpuCritical, "hypervisor CPU", "%");

        Map<String, Object> byState = Json.object(host, "vms_by_state");
        Double vms = Json.number(host, "vm_count");
        String facts = name + ": " + (vms == null ? "no data" : PerfDatum.number(vms) + " VMs, "
                + Json.count(byState, "running") + " running") + (collectedAt == null ? ""
                : ", collected " + age(collectedAt, now) + " ago");
        return new CheckResult("HOST", verdicts.status(), verdicts.summary(facts), perf(host, now, collectedAt));
    }

    private List<PerfDatum> perf(Map<String, Object> host, Instant now, Instant collectedAt) {
        List<PerfDatum> perf = new ArrayList<>();
        Double vms = Json.number(host, "vm_count");
        if (vms != null) {
            perf.add(PerfDatum.of("vms", vms, null).withBounds(0.0, null));
            perf.add(PerfDatum.of("vms_running", Json.count(Json.object(host, "vms_by_state"), "running"), null)
                    .withBounds(0.0, vms));
        }
        Double cpu = Json.number(host, "hypervisor_cpu_percent");
        if (cpu != null) {
            perf.add(PerfDatum.of("cpu", cpu, "%").withThresholds(cpuWarning, cpuCritical).withBounds(0.0, 100.0));
        }
        Double free = Json.number(host, "free_physical_memory_mb");
        if (free != null) {
            perf.add(PerfDatum.of("memory_free", free, "MB").withBounds(0.0, Json.number(host, "total_physical_memory_mb")));
        }
        if (collectedAt != null) {
            perf.add(PerfDatum.of("data_age", Math.max(0, Duration.between(collectedAt, now).toSeconds()), "s")
                    .withBounds(0.0, null));
        }
        Double duration = Json.number(host, "collection_duration_ms");
        if (duration != null) {
            perf.add(PerfDatum.of("collection_time", duration / 1000, "s").withBounds(0.0, null));
        }
        perf.add(PerfDatum.of("failures", Json.number(host, "consecutive_failures") == null ? 0
                : Json.number(host, "consecutive_failures"), null).withBounds(0.0, null));
        return perf;
    }

    /** A Hyper-V service that is not started (or not Running) raises {@code status}; unread (null) says nothing. */
    private static void judgeService(Verdicts verdicts, Map<String, Object> service, String what, Status status) {
        if (service == null) {
            return;
        }
        String state = Json.text(service, "state");
        if (!Json.flag(service, "started") || state != null && !state.equals("Running")) {
            verdicts.raise(status, what + " is not running (state " + state + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An age in words: {@code 45 s}, {@code 12 min}, {@code 3 h}. */
    static String age(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }
}
