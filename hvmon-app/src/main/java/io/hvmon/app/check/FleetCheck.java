package io.hvmon.app.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code hvmon check fleet}: everything hvmon watches, in counts, from {@code /hvm/hosts?values=friendly}. Hosts
 * without fresh data: WARNING, all of them CRITICAL (hosts whose first collection is still under way: UNKNOWN); replication Critical anywhere CRITICAL, Warning WARNING; VMs
 * whose health is a failure WARNING (a per-VM check says which).
 */
public record FleetCheck() {

    public CheckResult evaluate(List<Map<String, Object>> hosts) {
        Verdicts verdicts = new Verdicts();
        int notFresh = 0;
        int starting = 0;
        List<String> notFreshNames = new ArrayList<>();
        long vms = 0;
        long running = 0;
        long unhealthy = 0;
        long replicated = 0;
        long replicationWarning = 0;
        long replicationCritical = 0;
        for (Map<String, Object> host : hosts) {
            if (!Json.flag(host, "ready") && Json.text(host, "error") == null) {
                starting++; // its first collection is under way: nothing has failed yet
            } else if (!Json.flag(host, "ready") || Json.flag(host, "stale")) {
                notFresh++;
                notFreshNames.add(Json.text(host, "name"));
            }
            Double count = Json.number(host, "vm_count");
            vms += count == null ? 0 : count.longValue();
            running += Json.count(Json.object(host, "vms_by_state"), "running");
            Map<String, Object> byHealth = Json.object(host, "vms_by_health");
            if (byHealth != null) {
                for (Map.Entry<String, Object> e : byHealth.entrySet()) {
                    if (VmCheck.healthStatus(e.getKey()) != Status.OK && e.getValue() instanceof Number n) {
                        unhealthy += n.longValue();
                    }
                }
            }
            Double replicatedHere = Json.number(host, "replicated_vm_count");
            replicated += replicatedHere == null ? 0 : replicatedHere.longValue();
            Map<String, Object> byReplication = Json.object(host, "replication_by_health");
            replicationWarning += Json.count(byReplication, "Warning");
            replicationCritical += Json.count(byReplication, "Critical");
        }
        if (hosts.isEmpty()) {
            verdicts.raise(Status.UNKNOWN, "hvmon watches no host");
        } else if (notFresh > 0) {
            verdicts.raise(notFresh == hosts.size() ? Status.CRITICAL : Status.WARNING, notFresh + " of " + hosts.size()
                    + " hosts without fresh data (" + String.join(", ", notFreshNames.subList(0, Math.min(5, notFresh)))
                    + (notFresh > 5 ? ", …" : "") + ")");
        }
        if (starting > 0) {
            verdicts.raise(Status.UNKNOWN, starting + " of " + hosts.size()
                    + " hosts not collected yet (first collection under way)");
        }
        if (replicationCritical > 0) {
            verdicts.raise(Status.CRITICAL, replicationCritical + " VMs with replication health Critical");
        }
        if (replicationWarning > 0) {
            verdicts.raise(Status.WARNING, replicationWarning + " VMs with replication health Warning");
        }
        if (unhealthy > 0) {
            verdicts.raise(Status.WARNING, unhealthy + " VMs whose health is not OK");
        }
        String facts = hosts.size() + " hosts, " + vms + " VMs (" + running + " running), " + replicated + " replicated";
        List<PerfDatum> perf = List.of(
                PerfDatum.of("hosts", hosts.size(), null).withBounds(0.0, null),
                PerfDatum.of("hosts_not_fresh", notFresh + starting, null).withBounds(0.0, (double) hosts.size()),
                PerfDatum.of("vms", vms, null).withBounds(0.0, null),
                PerfDatum.of("vms_running", running, null).withBounds(0.0, (double) vms),
                PerfDatum.of("vms_unhealthy", unhealthy, null).withBounds(0.0, (double) vms),
                PerfDatum.of("replicated", replicated, null).withBounds(0.0, (double) vms),
                PerfDatum.of("replication_warning", replicationWarning, null).withBounds(0.0, (double) replicated),
                PerfDatum.of("replication_critical", replicationCritical, null).withBounds(0.0, (double) replicated));
        return new CheckResult("FLEET", verdicts.status(), verdicts.summary(facts), perf);
    }
}
