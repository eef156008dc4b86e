package io.hvmon.app.cli;

import io.hvmon.app.config.HvmonConfig;
import io.hvmon.app.run.HostSource;
import io.hvmon.app.run.Monitor;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimProperty;
import io.hvmon.cim.CimType;
import io.hvmon.testing.FakeCimSession;
import io.hvmon.testing.Instances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hvmon check} as Nagios runs it, against a running Monitor on loopback whose host has a healthy replicated VM,
 * a VM that is off, a sick one with critical replication, and two VMs of the same name.
 */
@Timeout(60)
class CheckCliTest extends InProcessCli {

    static final String SQL01 = "6E5F1C8A-3B7D-4E2F-9A1C-0D4B8E7F6A51";
    static final String WEB01 = "00000000-0000-4000-8000-000000000002";
    static final String APP01 = "00000000-0000-4000-8000-000000000003";

    private static final FakeCimSession HOST = new FakeCimSession()
            .answer("Msvm_SummaryInformation", List.of(Instances.summary(SQL01, "SQL01", 1),
                    with(Instances.summary(WEB01, "WEB01", 0), "EnabledState", 3L, "Heartbeat", 0L),
                    with(Instances.summary(APP01, "APP01", 1), "HealthState", 25L, "Heartbeat", 13L,
                            "ReplicationHealth", 3L),
                    Instances.summary("00000000-0000-4000-8000-000000000004", "TWIN", 0),
                    Instances.summary("00000000-0000-4000-8000-000000000005", "twin", 0)))
            .answer("Msvm_ComputerSystem", List.of(Instances.hostSystem("HV01")));
    private static Monitor monitor;
    private static String url;

    /** A copy of a uint16-typed instance with some properties changed. */
    static CimInstance with(CimInstance instance, Object... nameValues) {
        List<CimProperty> properties = new ArrayList<>(instance.properties());
        for (int i = 0; i < nameValues.length; i += 2) {
            String name = (String) nameValues[i];
            properties.removeIf(p -> p.name().equals(name));
            properties.add(CimProperty.scalar(name, CimType.UINT16, nameValues[i + 1]));
        }
        return new CimInstance(instance.className(), properties);
    }

    @BeforeAll
    static void start() throws Exception {
        HvmonConfig config = HvmonConfig.defaults().withListenAddress("127.0.0.1").withListenPort(0)
                .withInterval(Duration.ofSeconds(30));
        monitor = Monitor.start(config, List.of(new HostSource("hv01", "fake host", () -> HOST)));
        url = "http://127.0.0.1:" + monitor.port();
        awaitData(url);
    }

    /** Waits until the first collection is in (the host check stops saying "never collected"). */
    static void awaitData(String url, String... more) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Probe probe = new Probe();
            List<String> args = new ArrayList<>(List.of("check", "host", "--url", url));
            args.addAll(List.of(more));
            probe.run(args.toArray(String[]::new));
            if (!probe.out.toString().contains("never collected") && !probe.out.toString().contains("503")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no collection within 30 s");
    }

    private static final class Probe extends InProcessCli {
    }

    @AfterAll
    static void stop() {
        if (monitor != null) {
            monitor.close();
        }
    }

    /** Runs {@code hvmon check ...} against the monitor; returns the exit code, the status line in {@link #out}. */
    private int check(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        if (!all.contains("--url")) {
            all.addAll(List.of("--url", url));
        }
        return run(all.toArray(String[]::new));
    }

    private String line() {
        assertThat(out.toString()).as("exactly one line on stdout").hasLineCount(1);
        return out.toString().strip();
    }

    @Test
    void aHealthyRunningVmIsOkByIdOrName() {
        assertThat(check("vm", "--id", SQL01.toLowerCase())).isZero();
        assertThat(line()).startsWith("HVMON VM OK - SQL01 on hv01: Running, health OK, heartbeat OK | cpu=7%;;;0;100 ")
                .contains("memory=4096MB;;;0", "uptime=123456s;;;0");
        assertThat(check("vm", "--name", "sql01")).isZero();
        assertThat(line()).startsWith("HVMON VM OK - SQL01 on hv01");
    }

    @Test
    void aVmThatIsOffIsCriticalUnlessExpected() {
        assertThat(check("vm", "--name", "WEB01")).isEqualTo(2);
        assertThat(line()).startsWith("HVMON VM CRITICAL - CRITICAL: state Off (expected running) - WEB01 on hv01: Off");
        assertThat(check("vm", "--id", WEB01, "--expect-state", "running,off")).isZero();
        assertThat(check("vm", "--id", WEB01, "--expect-state", "any")).isZero();
    }

    @Test
    void aSickVmIsCritical() {
        assertThat(check("vm", "--id", APP01)).isEqualTo(2);
        assertThat(line()).contains("CRITICAL: health Critical Failure, CRITICAL: heartbeat Lost Communication");
        assertThat(check("vm", "--id", SQL01, "-w", "5", "-c", "50")).isEqualTo(1);
        assertThat(line()).contains("WARNING: CPU 7 % (warning range 5)", "cpu=7%;5;50;0;100");
    }

    @Test
    void aVmNotFoundIsCriticalAndAnAmbiguousNameUnknown() {
        assertThat(check("vm", "--id", "11111111-2222-4333-8444-555555555555")).isEqualTo(2);
        assertThat(line()).isEqualTo("HVMON VM CRITICAL - no VM with id 11111111-2222-4333-8444-555555555555 on any"
                + " host hvmon watches (removed or renamed?)");
        assertThat(check("vm", "--name", "twin")).isEqualTo(3);
        assertThat(line()).startsWith("HVMON VM UNKNOWN - 2 VMs are named twin (ids ").endsWith("): check one by its id");
    }

    @Test
    void replication() {
        assertThat(check("replication", "--vm", "SQL01")).isZero();
        assertThat(line()).isEqualTo("HVMON REPLICATION OK - SQL01: Primary, Replicating, health Normal, never replicated");
        assertThat(check("replication", "--vm", APP01)).isEqualTo(2);
        assertThat(line()).startsWith("HVMON REPLICATION CRITICAL - CRITICAL: APP01 replication health Critical");
        assertThat(check("replication", "--vm", "WEB01")).isEqualTo(2);
        assertThat(line()).isEqualTo("HVMON REPLICATION CRITICAL - WEB01 is not replicated (replication mode None)");
        assertThat(check("replication", "-w", "600", "-c", "3600")).isEqualTo(2);
        assertThat(line()).endsWith("2 replicated VMs: 1 critical, 0 warning, 1 normal"
                + " | replicated=2;;;0 critical=1;;;0;2 warning=0;;;0;2");
    }

    @Test
    void hostAndFleet() {
        // The fake host answers only the summary and the host's row: the other classes read as missing.
        assertThat(check("host")).isEqualTo(1);
        assertThat(line()).startsWith("HVMON HOST WARNING - WARNING: incomplete: 6 part(s) not read, e.g. ")
                .contains(" - hv01: 5 VMs, 4 running, collected ").contains(" | vms=5;;;0 vms_running=4;;;0;5 ");
        assertThat(check("host", "--name", "HV01")).isEqualTo(1);
        assertThat(check("host", "--name", "nope")).isEqualTo(3);
        assertThat(line()).startsWith("HVMON HOST UNKNOWN - hvmon watches no host named nope");
        assertThat(check("fleet")).isEqualTo(2);
        assertThat(line()).startsWith("HVMON FLEET CRITICAL - CRITICAL: 1 VMs with replication health Critical,"
                + " WARNING: 1 VMs whose health is not OK - 1 hosts, 5 VMs (4 running), 2 replicated | hosts=1;;;0 ");
    }

    @Test
    void badUsageIsUnknownSaidOnStdout() {
        assertThat(check("vm")).isEqualTo(3);
        assertThat(line()).startsWith("HVMON UNKNOWN - Error: Missing required argument");
        assertThat(err.toString()).contains("Usage: hvmon check vm");
        assertThat(check("replication", "-w", "abc")).isEqualTo(3);
        assertThat(line()).contains("threshold range 'abc': 'abc' is not a number");
        assertThat(check("host", "--timeout", "0")).isEqualTo(3);
        assertThat(line()).isEqualTo("HVMON HOST UNKNOWN - --timeout must be 1 to 3600 seconds, got 0");
        assertThat(check("vm", "--id", SQL01, "--stale", "ok")).isEqualTo(3);
        out.getBuffer().setLength(0);
        assertThat(run("check")).isEqualTo(3);
        assertThat(line()).isEqualTo("HVMON UNKNOWN - no check named: give vm, replication, host or fleet");
        assertThat(check("host", "--url", "ftp://x")).isEqualTo(3);
        assertThat(line()).startsWith("HVMON HOST UNKNOWN - --url must be an http:// or https:// URL");
    }

    @Test
    void aServerThatNeverAnswersIsUnknownWithinTheTimeout() throws Exception {
        // Connections complete in the listen backlog without accept(): the request goes out, no answer comes back.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            assertThat(check("vm", "--id", SQL01, "--url", "http://127.0.0.1:" + silent.getLocalPort(),
                    "--timeout", "1")).isEqualTo(3);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(line()).startsWith("HVMON VM UNKNOWN - no answer from http://127.0.0.1:" + silent.getLocalPort())
                    .endsWith("within 1 s (--timeout)");
        }
    }

    @Test
    void nobodyListeningIsUnknown() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertThat(check("fleet", "--url", "http://127.0.0.1:" + port)).isEqualTo(3);
        assertThat(line()).startsWith("HVMON FLEET UNKNOWN - cannot connect to http://127.0.0.1:" + port)
                .endsWith("(is hvmon running there?)");
    }
}
