package io.hvmon.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code hvmon check replication}: the Hyper-V Replica health of one VM or of every replicated VM, and its lag
 * (collection time − last replication) against the thresholds given. Reads {@code /hvm/vms?values=friendly}.
 */
public record ReplicationCheck(Range lagWarning, Range lagCritical) {

    /** Whether the VM takes part in Hyper-V Replica (its mode is not None). */
    public static boolean replicated(Map<String, Object> vm) {
        String mode = Json.text(vm, "replication_mode");
        return mode != null && !mode.equals("None");
    }

    /** One VM, named by the user: not replicated is CRITICAL (its protection is gone). */
    public CheckResult evaluateOne(Map<String, Object> vm) {
        String name = Json.text(vm, "name");
        if (!replicated(vm)) {
            return new CheckResult("REPLICATION", Status.CRITICAL, name + " is not replicated (replication mode "
                    + Json.text(vm, "replication_mode") + ")", List.of());
        }
        Verdicts verdicts = new Verdicts();
        judge(vm, verdicts);
        Double lag = Json.number(vm, "replication_lag_seconds");
        String facts = name + ": " + Json.text(vm, "replication_mode") + ", " + Json.text(vm, "replication_state")
                + ", health " + Json.text(vm, "replication_health") + ", "
                + (lag == null ? "never replicated" : "lag " + PerfDatum.number(lag) + " s");
        List<PerfDatum> perf = new ArrayList<>();
        if (lag != null) {
            perf.add(lagDatum("lag", lag));
        }
        return new CheckResult("REPLICATION", verdicts.status(), verdicts.summary(facts), perf);
    }

    /** Every replicated VM: counts by health and the largest lag. None replicated is OK, said so. */
    public CheckResult evaluateAll(List<Map<String, Object>> vms) {
        Verdicts verdicts = new Verdicts();
        int replicated = 0;
        int warning = 0;
        int critical = 0;
        double maxLag = 0;
        String maxLagVm = null;
        for (Map<String, Object> vm : vms) {
            if (!replicated(vm)) {
                continue;
            }
            replicated++;
            String health = Json.text(vm, "replication_health");
            critical += "Critical".equals(health) ? 1 : 0;
            warning += "Warning".equals(health) ? 1 : 0;
            judge(vm, verdicts);
            Double lag = Json.number(vm, "replication_lag_seconds");
            if (lag != null && (maxLagVm == null || lag > maxLag)) {
                maxLag = lag;
                maxLagVm = Json.text(vm, "name");
            }
        }
        String facts = replicated + " replicated VMs: " + critical + " critical, " + warning + " warning, "
                + (replicated - critical - warning) + " normal"
                + (maxLagVm == null ? "" : ", largest lag " + PerfDatum.number(maxLag) + " s (" + maxLagVm + ")");
        List<PerfDatum> perf = new ArrayList<>(List.of(
                PerfDatum.of("replicated", replicated, null).withBounds(0.0, null),
                PerfDatum.of("critical", critical, null).withBounds(0.0, (double) replicated),
                PerfDatum.of("warning", warning, null).withBounds(0.0, (double) replicated)));
        if (maxLagVm != null) {
            perf.add(lagDatum("max_lag", maxLag));
        }
        return new CheckResult("REPLICATION", verdicts.status(), verdicts.summary(facts), perf);
    }

    /** ReplicationHealth Critical is CRITICAL, Warning is WARNING; then the lag thresholds. */
    private void judge(Map<String, Object> vm, Verdicts verdicts) {
        String name = Json.text(vm, "name");
        String health = Json.text(vm, "replication_health");
        String status = Json.text(vm, "replication_status");
        String why = status == null ? "" : " (" + status + ")";
        if ("Critical".equals(health)) {
            verdicts.raise(Status.CRITICAL, name + " replication health Critical" + why);
        } else if ("Warning".equals(health)) {
            verdicts.raise(Status.WARNING, name + " replication health Warning" + why);
        }
        verdicts.threshold(Json.number(vm, "replication_lag_seconds"), lagWarning, lagCritical, name + " lag", "s");
    }

    private PerfDatum lagDatum(String label, double lag) {
        return PerfDatum.of(label, lag, "s").withThresholds(lagWarning, lagCritical).withBounds(0.0, null);
    }
}
