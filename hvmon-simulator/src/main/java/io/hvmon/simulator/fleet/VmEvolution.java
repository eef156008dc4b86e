package io.hvmon.simulator.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulation tick of one VM: a pure function of the VM, the tick's instant and the tick's random stream, so the
 * same seed and the same ticks always give the same fleet.
 */
final class VmEvolution {

    private VmEvolution() {
    }

    static VmState step(VmState vm, Instant now, SeededRandom random) {
        Power power = PowerTransitions.step(vm.power(), vm.replication(), now, random);
        Load load = load(vm, power, random);
        Health health = HealthStates.step(vm.health(), random);
        Replication replication = replication(vm.replication(), now, random);
        return new VmState(vm.profile(), power, health, load, replication);
    }

    /** The load of a VM that has just started: near its baseline, memory at its startup value. */
    static Load freshLoad(VmProfile profile, SeededRandom random) {
        List<Integer> history = new ArrayList<>(Load.HISTORY_SIZE);
        int load = profile.baseLoad();
        for (int i = 0; i < Load.HISTORY_SIZE; i++) {
            load = nextProcessorLoad(load, profile.baseLoad(), random);
            history.add(load);
        }
        if (!profile.dynamicMemory()) {
            return new Load(load, history, profile.memoryMb(), Load.NOT_AVAILABLE, Load.NOT_AVAILABLE);
        }
        long usage = profile.memoryMb() / 2 + random.nextInt((int) (profile.maxMemoryMb() - profile.memoryMb() / 2) + 1);
        return new Load(load, history, usage, random.between(-5, 55), random.between(-10, 140));
    }

    private static Load load(VmState vm, Power power, SeededRandom random) {
        Load current = vm.load();
        if (!power.isOn()) {
            return Load.idle();
        }
        if (!vm.power().isOn()) {
            return freshLoad(vm.profile(), random);
        }
        if (!power.isExecuting()) { // paused: no processor use, memory stays assigned
            return new Load(0, current.history(), current.memoryUsageMb(), current.memoryAvailable(), current.memoryBuffer());
        }
        int processorLoad = nextProcessorLoad(current.processorLoad(), vm.profile().baseLoad(), random);
        List<Integer> history = new ArrayList<>(current.history());
        history.add(current.processorLoad());
        if (history.size() > Load.HISTORY_SIZE) {
            history.remove(0);
        }
        if (!vm.profile().dynamicMemory()) {
            return new Load(processorLoad, history, current.memoryUsageMb(), Load.NOT_AVAILABLE, Load.NOT_AVAILABLE);
        }
        VmProfile p = vm.profile();
        long step = Math.max(1, p.memoryMb() / 32);
        long usage = clamp(current.memoryUsageMb() + random.between(-2, 2) * step, p.memoryMb() / 2, p.maxMemoryMb());
        int available = (int) clamp(current.memoryAvailable() + random.between(-3, 3), -20, 60);
        int buffer = (int) clamp(current.memoryBuffer() + random.between(-5, 5), -30, 150);
        return new Load(processorLoad, history, usage, available, buffer);
    }

    private static int nextProcessorLoad(int current, int base, SeededRandom random) {
        if (random.chance(0.02)) {
            return random.between(80, 100); // a short burst
        }
        int target = (int) clamp(base + random.between(-base / 2 - 1, 12), 0, 100);
        return (int) clamp(Math.round(current * 0.6 + target * 0.4), 0, 100);
    }

    private static Replication replication(Replication r, Instant now, SeededRandom random) {
        if (!r.hasRelationship()) {
            return r;
        }
        double u = random.nextDouble();
        Replication next = switch (r.state()) {
            case Replication.STATE_REPLICATING -> r.health() == 1
                    ? (u < 0.003 ? r.withStatus(Replication.STATE_REPLICATING, 2) : r)
                    : u < 0.01 ? r.withStatus(Replication.STATE_REPLICATING, 1)
                    : u < 0.055 ? r.withStatus(Replication.STATE_CRITICAL, 3) : r;
            case Replication.STATE_CRITICAL, Replication.STATE_SUSPENDED, Replication.STATE_WAITING_INITIAL ->
                    u < 0.01 ? r.withStatus(Replication.STATE_REPLICATING, 1) : r;
            default -> r;
        };
        boolean cycleDue = next.lastReplication() == null
                || !Duration.between(next.lastReplication(), now).minusSeconds(next.intervalSeconds()).isNegative();
        // a Warning while replicating is a lagging relationship: its cycles are missed until it recovers
        if (next.state() == Replication.STATE_REPLICATING && next.health() == 1 && cycleDue) {
            next = next.withLastReplication(now);
        }
        // the onward relationship draws last, so it leaves every other draw of this tick as it was
        return next.extended() == null ? next : next.withExtended(replication(next.extended(), now, random));
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
