package io.hvmon.simulator.fleet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A simulated Hyper-V host: its VMs follow from (seed, host name, VM count, start instant) and evolve in fixed
 * {@link #TICK}s as time passes, so the same seed and the same instants give the same data.
 *
 * <p>Thread-safe: advancing is synchronized and publishes a new immutable {@link HostState}; readers never block.
 */
public final class SimulatedHost {

    /** The simulation step. Values between two ticks are those of the earlier tick (uptimes excepted). */
    public static final Duration TICK = Duration.ofSeconds(10);
    /** At most this many ticks are simulated per advance (a week); a longer jump skips the ticks before. */
    static final long MAX_TICKS_PER_ADVANCE = Duration.ofDays(7).dividedBy(TICK);

    private final String name;
    private final long seed;
    private final long hostSeed;
    private final Instant start;
    private final Clock clock;
    private final SimulationProfile profile;
    private volatile HostState state;

    /**
     * @param replicaServer the host this host's primaries replicate to
     * @param primaryServer the host the replicas on this host come from
     * @param profile       the locale and Windows release to play
     */
    public SimulatedHost(String name, int vmCount, long seed, Clock clock, String replicaServer, String primaryServer,
                         SimulationProfile profile) {
        this.name = Objects.requireNonNull(name, "name");
        if (vmCount < 0) {
            throw new IllegalArgumentException("vmCount must not be negative: " + vmCount);
        }
        this.seed = seed;
        this.hostSeed = SeededRandom.derive(seed, SeededRandom.hash(name)).nextLong();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.start = clock.instant();
        List<VmState> vms = new VmFactory(hostSeed, start, replicaServer, primaryServer).create(vmCount);
        Instant bootTime = start.minus(Duration.ofHours(SeededRandom.derive(hostSeed, 5).between(30, 24 * 90)));
        HostFacts facts = HostFactsFactory.create(hostSeed, start, vms, profile);
        this.state = new HostState(name, bootTime, start, 0, vms, facts);
    }

    /** An English Server 2019 host ({@link SimulationProfile#DEFAULT}). */
    public SimulatedHost(String name, int vmCount, long seed, Clock clock, String replicaServer, String primaryServer) {
        this(name, vmCount, seed, clock, replicaServer, primaryServer, SimulationProfile.DEFAULT);
    }

    /** A host whose replication partners are generic DR servers. */
    public SimulatedHost(String name, int vmCount, long seed, Clock clock, SimulationProfile profile) {
        this(name, vmCount, seed, clock, "HV-DR01", "HV-DR02", profile);
    }

    /** An English Server 2019 host whose replication partners are generic DR servers. */
    public SimulatedHost(String name, int vmCount, long seed, Clock clock) {
        this(name, vmCount, seed, clock, SimulationProfile.DEFAULT);
    }

    public SimulationProfile profile() {
        return profile;
    }

    public String name() {
        return name;
    }

    public long seed() {
        return seed;
    }

    public int vmCount() {
        return state.vms().size();
    }

    public Instant start() {
        return start;
    }

    /** The state as of the injected clock's current instant (advancing first if the clock has moved on). */
    public HostState current() {
        advanceTo(clock.instant());
        return state;
    }

    /** The latest state, without consulting the clock. */
    public HostState snapshot() {
        return state;
    }

    /** Runs the simulation up to {@code now}. An instant earlier than the current state is ignored. */
    public synchronized void advanceTo(Instant now) {
        HostState current = state;
        if (!now.isAfter(current.now())) {
            return;
        }
        long targetTick = Duration.between(start, now).dividedBy(TICK);
        long firstTick = Math.max(current.tick() + 1, targetTick - MAX_TICKS_PER_ADVANCE + 1);
        List<VmState> vms = current.vms();
        for (long tick = firstTick; tick <= targetTick; tick++) {
            Instant at = start.plus(TICK.multipliedBy(tick));
            List<VmState> next = new ArrayList<>(vms.size());
            for (VmState vm : vms) {
                next.add(VmEvolution.step(vm, at, SeededRandom.derive(hostSeed, 100, vm.profile().index(), tick)));
            }
            vms = next;
        }
        state = new HostState(name, current.bootTime(), now, Math.max(current.tick(), targetTick), vms, current.facts());
    }

    @Override
    public String toString() {
        String variant = profile.equals(SimulationProfile.DEFAULT) ? ""
                : ", " + profile.locale() + ", Windows Server " + profile.windowsVersion().id();
        return "simulated host " + name + " (" + vmCount() + " VMs, seed " + seed + variant + ")";
    }
}
