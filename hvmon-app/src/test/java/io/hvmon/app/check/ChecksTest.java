package io.hvmon.app.check;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What each check makes of the API's data: the decision tables of docs/CHECK.md. */
class ChecksTest {

    private static final VmCheck VM = new VmCheck(Set.of("running"), true, null, null);

    private static Map<String, Object> vm(Object... keyValues) {
        Map<String, Object> vm = map("name", "SQL01", "host", "hv01", "state", "Running",
                "health_state", "OK", "heartbeat", "OK", "processor_load", 7, "memory_usage", 4096, "uptime", 3_600_500,
                "replication_mode", "Primary", "replication_health", "Normal", "replication_state", "Replicating");
        vm.putAll(map(keyValues));
        return vm;
    }

    /** A mutable map (values may be null) from keys and values. */
    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void aHealthyRunningVmIsOk() {
        CheckResult result = VM.evaluate(vm());
        assertThat(result.line()).isEqualTo("HVMON VM OK - SQL01 on hv01: Running, health OK, heartbeat OK"
                + " | cpu=7%;;;0;100 memory=4096MB;;;0 uptime=3600s;;;0");
    }

    @Test
    void vmStates() {
        assertThat(VM.evaluate(vm("state", "Off", "heartbeat", null)).status()).isEqualTo(Status.CRITICAL);
        assertThat(VM.evaluate(vm("state", "Off")).summary()).startsWith("CRITICAL: state Off (expected running)");
        assertThat(VM.evaluate(vm("state", "Starting")).status()).isEqualTo(Status.WARNING);
        assertThat(VM.evaluate(vm("state", "Saved")).status()).isEqualTo(Status.CRITICAL);
        VmCheck offIsFine = new VmCheck(Set.of("running", "off"), true, null, null);
        assertThat(offIsFine.evaluate(vm("state", "Off", "heartbeat", "No Contact")).status()).isEqualTo(Status.OK);
        VmCheck anyState = new VmCheck(Set.of(), true, null, null);
        assertThat(anyState.evaluate(vm("state", "Paused")).status()).isEqualTo(Status.OK);
    }

    @Test
    void vmHealthAndHeartbeat() {
        assertThat(VM.evaluate(vm("health_state", "Critical Failure")).status()).isEqualTo(Status.CRITICAL);
        assertThat(VM.evaluate(vm("health_state", "Major Failure")).status()).isEqualTo(Status.CRITICAL);
        assertThat(VM.evaluate(vm("health_state", "Degraded/Warning")).status()).isEqualTo(Status.WARNING);
        assertThat(VM.evaluate(vm("heartbeat", "Lost Communication")).status()).isEqualTo(Status.CRITICAL);
        assertThat(VM.evaluate(vm("heartbeat", "Error")).status()).isEqualTo(Status.CRITICAL);
        assertThat(VM.evaluate(vm("heartbeat", "No Contact")).status()).isEqualTo(Status.WARNING);
        assertThat(VM.evaluate(vm("heartbeat", "Unknown")).status()).isEqualTo(Status.OK);
        assertThat(new VmCheck(Set.of("running"), false, null, null).evaluate(vm("heartbeat", "Lost Communication"))
                .status()).isEqualTo(Status.OK);
        // a paused VM expected paused: its heartbeat is not judged
        assertThat(new VmCheck(Set.of("paused"), true, null, null).evaluate(vm("state", "Paused", "heartbeat", "Paused"))
                .status()).isEqualTo(Status.OK);
    }

    @Test
    void vmCpuThresholds() {
        VmCheck cpu = new VmCheck(Set.of("running"), true, Range.parse("80"), Range.parse("95"));
        assertThat(cpu.evaluate(vm("processor_load", 85)).status()).isEqualTo(Status.WARNING);
        CheckResult critical = cpu.evaluate(vm("processor_load", 99));
        assertThat(critical.status()).isEqualTo(Status.CRITICAL);
        assertThat(critical.line()).contains("CRITICAL: CPU 99 % (critical range 95)").contains("cpu=99%;80;95;0;100");
    }

    @Test
    void replicationOfOneVm() {
        ReplicationCheck lag = new ReplicationCheck(Range.parse("900"), Range.parse("3600"));
        assertThat(lag.evaluateOne(vm("replication_lag_seconds", 300)).line()).isEqualTo(
                "HVMON REPLICATION OK - SQL01: Primary, Replicating, health Normal, lag 300 s | lag=300s;900;3600;0");
        assertThat(lag.evaluateOne(vm("replication_lag_seconds", 1000)).status()).isEqualTo(Status.WARNING);
        assertThat(lag.evaluateOne(vm("replication_lag_seconds", 4000)).status()).isEqualTo(Status.CRITICAL);
        CheckResult critical = lag.evaluateOne(vm("replication_health", "Critical",
                "replication_status", "Critical: replication suspended"));
        assertThat(critical.status()).isEqualTo(Status.CRITICAL);
        assertThat(critical.summary()).startsWith("CRITICAL: SQL01 replication health Critical (Critical: replication suspended)")
                .endsWith("never replicated");
        assertThat(lag.evaluateOne(vm("replication_health", "Warning")).status()).isEqualTo(Status.WARNING);
        assertThat(lag.evaluateOne(vm("replication_mode", "None")).line())
                .isEqualTo("HVMON REPLICATION CRITICAL - SQL01 is not replicated (replication mode None)");
    }

    @Test
    void replicationOfEveryVm() {
        ReplicationCheck check = new ReplicationCheck(null, Range.parse("3600"));
        CheckResult result = check.evaluateAll(List.of(vm("replication_lag_seconds", 60),
                vm("name", "WEB01", "replication_health", "Warning", "replication_lag_seconds", 1200),
                vm("name", "OFF01", "replication_mode", "None")));
        assertThat(result.line()).isEqualTo("HVMON REPLICATION WARNING - WARNING: WEB01 replication health Warning"
                + " - 2 replicated VMs: 0 critical, 1 warning, 1 normal, largest lag 1200 s (WEB01)"
                + " | replicated=2;;;0 critical=0;;;0;2 warning=1;;;0;2 max_lag=1200s;;3600;0");
        assertThat(check.evaluateAll(List.of(vm("replication_mode", "None"))).status()).isEqualTo(Status.OK);
    }

    private static Map<String, Object> host(Object... keyValues) {
        Map<String, Object> host = map("name", "hv01", "ready", true, "stale", false,
                "collected_at", "2026-11-30T06:00:00.000Z", "state", "Running", "health_state", "OK",
                "vm_count", 24, "vms_by_state", Map.of("running", 10, "off", 14), "missing", List.of(),
                "vmms", Map.of("started", true, "state", "Running"),
                "replication_service", Map.of("started", false, "state", "Off"),
                "replicated_vm_count", 0, "consecutive_failures", 0);
        host.putAll(map(keyValues));
        return host;
    }

    @Test
    void hosts() {
        Instant now = Instant.parse("2026-11-30T06:00:30Z");
        HostCheck check = new HostCheck(null, null);
        assertThat(check.evaluate(host(), now).line()).isEqualTo("HVMON HOST OK - hv01: 24 VMs, 10 running, collected"
                + " 30 s ago | vms=24;;;0 vms_running=10;;;0;24 data_age=30s;;;0 failures=0;;;0");
        CheckResult stale = check.evaluate(host("stale", true, "error", "connection refused", "error_kind",
                "unreachable", "consecutive_failures", 4), now.plusSeconds(600));
        assertThat(stale.status()).isEqualTo(Status.CRITICAL);
        assertThat(stale.summary()).startsWith("CRITICAL: data stale, collected 10 min ago: unreachable: connection refused");
        CheckResult starting = check.evaluate(host("ready", false, "collected_at", null, "vm_count", null), now);
        assertThat(starting.status()).isEqualTo(Status.UNKNOWN);
        assertThat(starting.summary()).startsWith("UNKNOWN: never collected (the first collection is under way)");
        assertThat(check.evaluate(host("ready", false, "collected_at", null, "error", "connection refused",
                "error_kind", "unreachable"), now).summary())
                .startsWith("CRITICAL: never collected: unreachable: connection refused");
        assertThat(check.evaluate(host("vmms", Map.of("started", false, "state", "Off")), now).status())
                .isEqualTo(Status.CRITICAL);
        assertThat(check.evaluate(host("replicated_vm_count", 3), now).summary())
                .startsWith("CRITICAL: the replication service is not running (state Off)");
        assertThat(check.evaluate(host("missing", List.of(Map.of("what", "Msvm_KvpExchangeComponent"))), now).summary())
                .startsWith("WARNING: incomplete: 1 part(s) not read, e.g. Msvm_KvpExchangeComponent");
        HostCheck cpu = new HostCheck(Range.parse("70"), Range.parse("90"));
        assertThat(cpu.evaluate(host("hypervisor_cpu_percent", 75), now).status()).isEqualTo(Status.WARNING);
    }

    @Test
    void fleet() {
        Map<String, Object> one = host("replicated_vm_count", 2, "replication_by_health", Map.of("Normal", 1, "Critical", 1),
                "vms_by_health", Map.of("OK", 23, "Major Failure", 1));
        Map<String, Object> two = host("name", "hv02", "stale", true, "vm_count", 0, "vms_by_state", Map.of());
        CheckResult result = new FleetCheck().evaluate(List.of(one, two));
        assertThat(result.line()).isEqualTo("HVMON FLEET CRITICAL - WARNING: 1 of 2 hosts without fresh data (hv02),"
                + " CRITICAL: 1 VMs with replication health Critical, WARNING: 1 VMs whose health is not OK"
                + " - 2 hosts, 24 VMs (10 running), 2 replicated | hosts=2;;;0 hosts_not_fresh=1;;;0;2 vms=24;;;0"
                + " vms_running=10;;;0;24 vms_unhealthy=1;;;0;24 replicated=2;;;0;24 replication_warning=0;;;0;2"
                + " replication_critical=1;;;0;2");
        assertThat(new FleetCheck().evaluate(List.of(two)).status()).isEqualTo(Status.CRITICAL);
        assertThat(new FleetCheck().evaluate(List.of(host())).status()).isEqualTo(Status.OK);
        assertThat(new FleetCheck().evaluate(List.of()).status()).isEqualTo(Status.UNKNOWN);
        CheckResult starting = new FleetCheck().evaluate(List.of(host("ready", false, "vm_count", null)));
        assertThat(starting.status()).isEqualTo(Status.UNKNOWN);
        assertThat(starting.summary()).startsWith("UNKNOWN: 1 of 1 hosts not collected yet (first collection under way)");
    }
}
