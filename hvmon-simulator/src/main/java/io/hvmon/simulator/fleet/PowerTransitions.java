package io.hvmon.simulator.fleet;

import java.time.Duration;
import java.time.Instant;

/**
 * How a VM's power state moves from one tick to the next: transitional states (Starting, Stopping, Saving, the
 * "Other" forms) settle after one tick, steady states rarely start a transition. Replicas stay off, as on real hosts.
 */
final class PowerTransitions {

    private PowerTransitions() {
    }

    static Power step(Power p, Replication replication, Instant now, SeededRandom random) {
        double u = random.nextDouble();
        boolean replica = replication.mode() == Replication.REPLICA || replication.mode() == Replication.EXTENDED_REPLICA;
        return switch (p.enabledState()) {
            case Power.STARTING -> running(p, now);
            case Power.STOPPING, Power.SAVING -> stopped(p.enabledState() == Power.STOPPING ? Power.OFF : Power.SAVED, now);
            case Power.OTHER -> switch (String.valueOf(p.otherEnabledState())) {
                case "Quiescing" -> new Power(Power.PAUSED, null, p.onSince(), p.pausedBefore(), now, now, p.processId());
                case "Resuming" -> resumed(p, now);
                default -> stopped(Power.SAVED, now);
            };
            case Power.RUNNING -> u < 0.0004 ? transition(p, Power.STOPPING, null, now)
                    : u < 0.0005 ? transition(p, Power.SAVING, null, now)
                    : u < 0.0006 ? transition(p, Power.OTHER, "Saving", now)
                    : u < 0.0008 ? transition(p, Power.OTHER, "Quiescing", now) : p;
            case Power.PAUSED -> u < 0.01 ? transition(p, Power.OTHER, "Resuming", now) : p;
            case Power.OFF, Power.SAVED -> !replica && u < 0.0015 ? starting(now, random) : p;
            default -> p;
        };
    }

    private static Power transition(Power p, int state, String other, Instant now) {
        return new Power(state, other, p.onSince(), p.pausedBefore(), p.pausedSince(), now, p.processId());
    }

    private static Power starting(Instant now, SeededRandom random) {
        return new Power(Power.STARTING, null, now, Duration.ZERO, null, now, 4L * random.between(250, 12_000));
    }

    private static Power running(Power p, Instant now) {
        return new Power(Power.RUNNING, null, p.onSince(), p.pausedBefore(), null, now, p.processId());
    }

    private static Power resumed(Power p, Instant now) {
        Duration paused = p.pausedSince() == null ? Duration.ZERO : Duration.between(p.pausedSince(), now);
        return new Power(Power.RUNNING, null, p.onSince(), p.pausedBefore().plus(paused), null, now, p.processId());
    }

    private static Power stopped(int state, Instant now) {
        return new Power(state, null, null, Duration.ZERO, null, now, null);
    }
}
