package io.hvmon.bench;

import io.hvmon.cim.CimNamespaces;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.simulator.wsman.EndpointOptions;
import io.hvmon.simulator.wsman.EndpointOptions.Scheme;
import io.hvmon.simulator.wsman.WsManEndpoint;
import io.hvmon.wsman.client.WsManSession;
import io.hvmon.wsman.client.WsManSettings;
import io.hvmon.wsman.client.WsManSettings.AuthScheme;
import io.hvmon.wsman.kerberos.KerberosAcceptor;
import io.hvmon.wsman.kerberos.MitKdc;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Kerberos against NTLM on the same simulated host (in this JVM, http, both with WinRM message encryption), with
 * tickets from a real MIT KDC ({@link MitKdc}, Debian's krb5-kdc): a logon (new session, handshake and one small
 * query) and a full {@code SELECT *} enumeration of Msvm_SummaryInformation on a kept session, each timed as wall
 * time and the calling thread's CPU. Kerberos logons include getting the TGT (a new session logs on afresh).
 *
 * <p>Options: {@code --vms 1000 --reps 20 --warmup 20}.
 */
public final class KerberosBench {

    private static final String USER = "bench";
    private static final String PASSWORD = "Bench-Kerb-5";
    private static final String STAR = "SELECT * FROM Msvm_SummaryInformation";
    private static final String SMALL = "SELECT Name FROM Msvm_ComputerSystem WHERE Name = 'HV-BENCH01'";
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private KerberosBench() {
    }

    public static void main(String[] args) throws Exception {
        int vms = option(args, "--vms", 1000);
        int reps = option(args, "--reps", 20);
        int warmup = option(args, "--warmup", 20);
        MitKdc kdc = MitKdc.shared();
        kdc.useInThisJvm();
        String principal = USER + "@" + MitKdc.REALM;
        String service = "HTTP/localhost@" + MitKdc.REALM;
        kdc.addUser(principal, PASSWORD);
        kdc.addService(service);
        KerberosAcceptor acceptor = KerberosAcceptor.fromKeytab(service, kdc.keytab(service));
        SimulatedHost host = new SimulatedHost("HV-BENCH01", vms, 42, Clock.fixed(EndpointProcess.FIXED, ZoneOffset.UTC));
        EndpointOptions options = EndpointOptions.windowsDefaults(USER, PASSWORD.toCharArray())
                .withKerberos(acceptor, EnumSet.of(Scheme.NEGOTIATE, Scheme.KERBEROS));
        try (WsManEndpoint endpoint = WsManEndpoint.start(host, new InetSocketAddress("127.0.0.1", 0), options)) {
            URI url = endpoint.url("localhost");
            System.out.printf(Locale.ROOT, "endpoint %s in this JVM, %d VMs, http with message encryption;"
                    + " %d measured rounds after %d warm-up rounds%n", url, vms, reps, warmup);
            System.out.printf(Locale.ROOT, "%-9s %-22s %12s %12s %12s%n", "auth", "case", "wall ms med",
                    "cpu ms med", "wall ms min");
            for (AuthScheme auth : new AuthScheme[] {AuthScheme.NEGOTIATE, AuthScheme.KERBEROS}) {
                WsManSettings settings = WsManSettings.of(url, auth, auth == AuthScheme.KERBEROS ? principal : USER,
                        PASSWORD.toCharArray());
                measure(auth, "logon + small query", reps, warmup, () -> {
                    try (WsManSession session = new WsManSession(settings)) {
                        session.query(CimNamespaces.VIRTUALIZATION_V2, SMALL);
                    }
                });
                try (WsManSession session = new WsManSession(settings)) {
                    measure(auth, "SELECT * (" + vms + " rows)", reps, warmup,
                            () -> session.query(CimNamespaces.VIRTUALIZATION_V2, STAR));
                }
            }
        }
    }

    private interface Round {
        void run() throws Exception;
    }

    private static void measure(AuthScheme auth, String name, int reps, int warmup, Round round) throws Exception {
        for (int i = 0; i < warmup; i++) {
            round.run();
        }
        long[] wall = new long[reps];
        long[] cpu = new long[reps];
        for (int i = 0; i < reps; i++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            round.run();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpu0;
        }
        Stats w = Stats.of(wall);
        Stats c = Stats.of(cpu);
        System.out.printf(Locale.ROOT, "%-9s %-22s %12.2f %12.2f %12.2f%n", auth.name().toLowerCase(Locale.ROOT),
                name, w.median() / 1e6, c.median() / 1e6, w.min() / 1e6);
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
