package io.hvmon.hyperv;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimSession;
import io.hvmon.model.GuestInfo;
import io.hvmon.model.HostComputer;
import io.hvmon.model.HostInfo;
import io.hvmon.model.HostOperatingSystem;
import io.hvmon.model.HostService;
import io.hvmon.model.HostSnapshot;
import io.hvmon.model.MemoryBalance;
import io.hvmon.model.QueryFailure;
import io.hvmon.model.VirtualSwitch;
import io.hvmon.model.VmSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collection cycles against <b>one</b> host: a fixed set of calls, one per class, whatever the VM count. Fast classes
 * (VM list, host state, replication, services, counters) are read every cycle; slow ones (settings, guest data,
 * switches, Win32_ComputerSystem) on the {@link Cadence}, their last values carried over in between. The reader keeps
 * that per-host state (and whether the host needs the 2012 R2 route), so each host needs a reader of its own.
 *
 * <p>The VM list is essential: when it cannot be read the cycle fails and the caller keeps its last good snapshot
 * (and this reader's state is unchanged). Anything else that fails is recorded in the snapshot's failures.
 */
public final class HyperVReader {

    private final Clock clock;
    private final Cadence cadence;
    private final SummarySource summaries = new SummarySource();

    // Fast: every cycle.
    private final HostSystemReader hostSystem = new HostSystemReader();
    private final ClassReader<HostService> managementService = ServiceReaders.managementService();
    private final ClassReader<HostService> replicationService = ServiceReaders.replicationService();
    private final ReplicationRelationshipReader relationships = new ReplicationRelationshipReader();
    private final OperatingSystemReader operatingSystem;
    private final HypervisorProcessorReader hypervisorCpu = new HypervisorProcessorReader();
    private final MemoryBalancerReader memoryBalancer = new MemoryBalancerReader();
    /** The summaries plus the seven readers above. */
    static final int FAST_CALLS = 8;

    // Slow: on the cadence.
    private final VirtualSystemSettingReader systemSettings = new VirtualSystemSettingReader();
    private final MemorySettingReader memorySettings = new MemorySettingReader();
    private final ProcessorSettingReader processorSettings = new ProcessorSettingReader();
    private final ReplicationSettingReader replicationSettings = new ReplicationSettingReader();
    private final KvpExchangeReader guests = new KvpExchangeReader();
    private final VirtualSwitchReader switches = new VirtualSwitchReader();
    private final ComputerSystemReader computerSystem = new ComputerSystemReader();
    static final int SLOW_CALLS = 7;

    /** What one host's reader remembers between cycles; replaced whole after each successful cycle. */
    private record State(long cycles, Instant lastFull, SlowData slow, Instant summaryMethodUntil) {
    }

    private volatile State state = new State(0, null, SlowData.EMPTY, null);

    public HyperVReader(Clock clock) {
        this(clock, Cadence.DEFAULT);
    }

    public HyperVReader(Clock clock, Cadence cadence) {
        this.clock = clock;
        this.cadence = cadence;
        this.operatingSystem = new OperatingSystemReader(clock);
    }

    /** Calls a cycle without slow classes sends: fixed, independent of the number of VMs. */
    public int queriesPerFastCycle() {
        return FAST_CALLS;
    }

    /** Calls a cycle that also refreshes the slow classes sends. (A 2012 R2 host adds one every hour, on re-check.) */
    public int queriesPerFullCycle() {
        return FAST_CALLS + SLOW_CALLS;
    }

    public HostSnapshot read(String hostName, CimSession session) throws CimException {
        Instant started = clock.instant();
        State before = state;
        boolean full = cadence.isFull(before.cycles(), before.lastFull(), started);
        CountingSession calls = new CountingSession(session);
        List<QueryFailure> failures = new ArrayList<>();
        Map<String, Instant> readAt = new LinkedHashMap<>();

        HostInfo hostState = fast(hostSystem, calls, started, failures, readAt);
        HostService vmms = fast(managementService, calls, started, failures, readAt);
        SlowData.Cycle slow = before.slow().cycle(full, calls, started);
        List<QueryFailure> slowFailures = new ArrayList<>();
        HostComputer computer = slow.get(computerSystem, slowFailures, readAt);

        SummarySource.Result vms = summaries.read(calls, before.summaryMethodUntil(), started,
                () -> firstNonNull(vmms == null ? null : vmms.systemName(),
                        hostState == null ? null : hostState.computerName(), computer == null ? null : computer.name()));
        readAt.put(vms.what(), started);

        HostService replica = fast(replicationService, calls, started, failures, readAt);
        List<ReplicationRelationshipReader.Row> relationshipRows = fast(relationships, calls, started, failures, readAt);
        HostOperatingSystem os = fast(operatingSystem, calls, started, failures, readAt);
        Long cpu = fast(hypervisorCpu, calls, started, failures, readAt);
        MemoryBalance balance = fast(memoryBalancer, calls, started, failures, readAt);

        VmDetailsAssembler assembler = new VmDetailsAssembler(relationshipRows,
                slow.get(replicationSettings, slowFailures, readAt), slow.get(systemSettings, slowFailures, readAt),
                slow.get(memorySettings, slowFailures, readAt), slow.get(processorSettings, slowFailures, readAt),
                slow.<Map<String, GuestInfo>>get(guests, slowFailures, readAt), started);
        List<VirtualSwitch> switchList = slow.get(switches, slowFailures, readAt);
        failures.addAll(slowFailures);

        HostInfo host = host(hostState, computer, os, cpu, balance, vmms, replica, switchList);
        state = new State(before.cycles() + 1, full ? started : before.lastFull(), slow.result(), vms.methodUntil());
        Duration took = Duration.between(started, clock.instant());
        return new HostSnapshot(hostName, started, took, calls.calls(), host, vms.vms(), assembler.assemble(vms.vms()),
                readAt, failures);
    }

    private static HostInfo host(HostInfo state, HostComputer computer, HostOperatingSystem os, Long cpu,
                                 MemoryBalance balance, HostService vmms, HostService replica, List<VirtualSwitch> switches) {
        if (state == null && computer == null && os == null && cpu == null && balance == null && vmms == null
                && replica == null && switches == null) {
            return null;
        }
        return state == null
                ? new HostInfo(null, null, null, null, null, null, computer, os, cpu, balance, vmms, replica, switches)
                : new HostInfo(state.computerName(), state.elementName(), state.enabledState(), state.healthState(),
                        state.operationalStatus(), state.numberOfNumaNodes(), computer, os, cpu, balance, vmms, replica,
                        switches);
    }

    private static <T> T fast(ClassReader<T> reader, CimSession session, Instant now, List<QueryFailure> failures,
                              Map<String, Instant> readAt) {
        try {
            T value = reader.read(session);
            readAt.put(reader.what(), now);
            return value;
        } catch (CimException e) {
            failures.add(new QueryFailure(reader.what(), e.kind(), e.getMessage()));
            return null;
        }
    }

    private static String firstNonNull(String... names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }
}
