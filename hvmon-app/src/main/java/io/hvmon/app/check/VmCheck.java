package io.hvmon.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code hvmon check vm}: is the VM in a state it should be in, healthy, and (when running) answering heartbeats.
 * Reads one VM of {@code /hvm/vms?values=friendly}, so every enumeration is a name.
 *
 * @param expectedStates states that are fine, lower case ({@code running} by default); empty accepts any
 * @param heartbeat      whether the heartbeat of a running VM is judged
 */
public record VmCheck(Set<String> expectedStates, boolean heartbeat, Range cpuWarning, Range cpuCritical) {

    /** States a VM passes through on its way somewhere: WARNING, not CRITICAL, when not the one expected. */
    static final Set<String> TRANSITIONAL = Set.of("starting", "stopping", "saving", "pausing", "resuming", "reset",
            "fastsaving", "forceshutdown", "forcereboot", "componentservicing");

    public CheckResult evaluate(Map<String, Object> vm) {
        Verdicts verdicts = new Verdicts();
        String name = Json.text(vm, "name");
        String state = Json.text(vm, "state");
        String stateKey = state == null ? "unknown" : state.toLowerCase(Locale.ROOT);
        if (!expectedStates.isEmpty() && !expectedStates.contains(stateKey)) {
            verdicts.raise(TRANSITIONAL.contains(stateKey) ? Status.WARNING : Status.CRITICAL,
                    "state " + state + " (expected " + String.join(" or ", expectedStates) + ")");
        }
        String health = Json.text(vm, "health_state");
        verdicts.raise(healthStatus(health), "health " + health);
        String beat = Json.text(vm, "heartbeat");
        if (heartbeat && "running".equals(stateKey)) {
            verdicts.raise(heartbeatStatus(beat), "heartbeat " + beat);
        }
        Double cpu = Json.number(vm, "processor_load");
        verdicts.threshold(cpu, cpuWarning, cpuCritical, "CPU", "%");

        String facts = name + " on " + Json.text(vm, "host") + ": " + state + ", health " + orUnknown(health)
                + ", heartbeat " + orUnknown(beat);
        List<PerfDatum> perf = new ArrayList<>();
        if (cpu != null) {
            perf.add(PerfDatum.of("cpu", cpu, "%").withThresholds(cpuWarning, cpuCritical).withBounds(0.0, 100.0));
        }
        Double memory = Json.number(vm, "memory_usage");
        if (memory != null) {
            perf.add(PerfDatum.of("memory", memory, "MB").withBounds(0.0, null));
        }
        Double uptime = Json.number(vm, "uptime");
        if (uptime != null) {
            perf.add(PerfDatum.of("uptime", Math.floor(uptime / 1000), "s").withBounds(0.0, null));
        }
        return new CheckResult("VM", verdicts.status(), verdicts.summary(facts), perf);
    }

    /** HealthState: OK and Unknown are fine, Degraded and Minor Failure a warning, the failures critical. */
    static Status healthStatus(String health) {
        if (health == null) {
            return Status.OK;
        }
        return switch (health) {
            case "OK", "Unknown" -> Status.OK;
            case "Degraded/Warning", "Minor Failure" -> Status.WARNING;
            default -> Status.CRITICAL;
        };
    }

    /**
     * Heartbeat of a running VM: OK, or Unknown (no integration services: nothing to judge) are fine; No Contact
     * (booting, or the guest service stopped), Degraded and Paused a warning; Lost Communication and the errors
     * critical: the guest stopped answering.
     */
    static Status heartbeatStatus(String heartbeat) {
        if (heartbeat == null) {
            return Status.OK;
        }
        return switch (heartbeat) {
            case "OK", "Unknown" -> Status.OK;
            case "No Contact", "Degraded", "Paused" -> Status.WARNING;
            default -> Status.CRITICAL;
        };
    }

    private static String orUnknown(String text) {
        return text == null ? "unknown" : text;
    }
}
