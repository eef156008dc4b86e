package io.hvmon.bench;

import io.hvmon.cim.CimInstance;
import io.hvmon.simulator.Simulator;
import io.hvmon.simulator.fleet.SimulatedHost;
import io.hvmon.wsman.soap.InstanceWriter;
import io.hvmon.wsman.soap.RenderedItem;
import io.hvmon.wsman.soap.ResponseParser;
import io.hvmon.wsman.soap.ResponseWriter;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SOAP codec alone, without network, NTLM or endpoint, on one thread: what rendering (server side: items and
 * PullResponses of about 150 KB, as the endpoint does) and parsing (client side: {@link ResponseParser#pull}) cost per
 * VM of Msvm_SummaryInformation, for {@code SELECT *} and the SummaryInformationReader projection. CPU time of this
 * thread, median of the rounds. Options: {@code --vms 1000 --rounds 15 --warmup 40}.
 */
public final class CodecBench {

    private static final String NS = "root/virtualization/v2";
    private static final int ENVELOPE = 153_600;

    public static void main(String[] args) throws Exception {
        int vms = 1000;
        int rounds = 15;
        int warmup = 40;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--vms" -> vms = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SimulatedHost host = new SimulatedHost("HV-BENCH01", vms, 42, Clock.fixed(EndpointProcess.FIXED, ZoneOffset.UTC));
        var session = Simulator.session(host);
        for (String query : List.of("SELECT *", "projection")) {
            String wql = query.equals("SELECT *") ? EnumerationBench.STAR : EnumerationBench.projectionWql();
            List<CimInstance> rows = session.query(NS, wql);
            boolean projection = !query.equals("SELECT *");
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] render = new long[rounds];
            long[] parse = new long[rounds];
            ResponseParser parser = new ResponseParser();
            for (int r = 0; r < warmup + rounds; r++) {
                long c0 = threads.getCurrentThreadCpuTime();
                List<byte[]> pages = render(rows, projection);
                long c1 = threads.getCurrentThreadCpuTime();
                int parsed = 0;
                for (byte[] page : pages) {
                    parsed += parser.pull(new ByteArrayInputStream(page), "Msvm_SummaryInformation").items().size();
                }
                long c2 = threads.getCurrentThreadCpuTime();
                if (parsed != vms) {
                    throw new IllegalStateException("parsed " + parsed + " of " + vms);
                }
                if (r >= warmup) {
                    render[r - warmup] = c1 - c0;
                    parse[r - warmup] = c2 - c1;
                }
            }
            System.out.printf(Locale.ROOT, "%-10s render (server) %6.1f µs/VM (min %5.1f)   parse (client) %6.1f µs/VM"
                            + " (min %5.1f)%n", query, Stats.of(render).median() / vms / 1e3,
                    Stats.of(render).min() / vms / 1e3, Stats.of(parse).median() / vms / 1e3,
                    Stats.of(parse).min() / vms / 1e3);
        }
    }

    /** Renders the rows as the endpoint does: each item once, then PullResponses cut at about MaxEnvelopeSize. */
    static List<byte[]> render(List<CimInstance> rows, boolean projection) {
        List<RenderedItem> items = new ArrayList<>(rows.size());
        for (CimInstance row : rows) {
            items.add(projection ? InstanceWriter.projection(NS, row) : InstanceWriter.typed(NS, row));
        }
        List<byte[]> pages = new ArrayList<>();
        int from = 0;
        while (from < items.size()) {
            int size = 2048;
            int to = from;
            while (to < items.size() && (to == from || size + items.get(to).byteLength() <= ENVELOPE)) {
                size += items.get(to++).byteLength();
            }
            pages.add(ResponseWriter.pullResponse("uuid:00000000-0000-0000-0000-000000000000",
                    "uuid:11111111-1111-1111-1111-111111111111", items.subList(from, to), to == items.size()));
            from = to;
        }
        return pages;
    }

    private CodecBench() {
    }
}
