package io.hvmon.simulator.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates the VMs of one host as they are at the simulation's start, from the host's seed alone. */
final class VmFactory {

    private final long seed;
    private final Instant start;
    private final String replicaServer;
    private final String primaryServer;
    private final String extendedServer;

    /**
     * @param replicaServer where this host's primaries replicate to
     * @param primaryServer where the replicas this host receives come from
     */
    VmFactory(long seed, Instant start, String replicaServer, String primaryServer) {
        this.seed = seed;
        this.start = start;
        this.replicaServer = replicaServer;
        this.primaryServer = primaryServer;
        // a replica extends onwards to a third server: the next host when there is one distinct from the primary
        this.extendedServer = replicaServer.equals(primaryServer) ? "HV-DR03" : replicaServer;
    }

    List<VmState> create(int count) {
        int[] modes = replicationModes(count);
        List<VmProfile> profiles = profiles(count, modes);
        List<VmState> vms = new ArrayList<>(count);
        boolean firstReplica = true;
        for (int i = 0; i < count; i++) {
            SeededRandom random = SeededRandom.derive(seed, 2, i);
            VmProfile profile = profiles.get(i);
            Replication replication = replication(modes[i], random);
            if (modes[i] == Replication.REPLICA) {
                // its own stream, so the draws of everything else stay as they were
                SeededRandom onward = SeededRandom.derive(seed, 8, i);
                if (onward.chance(0.4) || firstReplica) {
                    replication = replication.withExtended(extended(onward));
                }
                firstReplica = false;
            }
            Power power = power(modes[i], random);
            Load load = power.isExecuting() ? VmEvolution.freshLoad(profile, random) : Load.idle();
            if (power.enabledState() == Power.PAUSED) {
                load = new Load(0, load.history(), load.memoryUsageMb(), load.memoryAvailable(), load.memoryBuffer());
            }
            vms.add(new VmState(profile, power, HealthStates.initial(random), load, replication));
        }
        return List.copyOf(vms);
    }

    /** Roughly a third take part in replication; with three VMs or more at least one primary and one replica. */
    private int[] replicationModes(int count) {
        SeededRandom random = SeededRandom.derive(seed, 1);
        int[] modes = new int[count];
        boolean primary = false;
        boolean replica = false;
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            modes[i] = u < 0.18 ? Replication.PRIMARY : u < 0.29 ? Replication.REPLICA
                    : u < 0.31 ? Replication.EXTENDED_REPLICA : u < 0.33 ? Replication.TEST_REPLICA : 0;
            primary |= modes[i] == Replication.PRIMARY;
            replica |= modes[i] == Replication.REPLICA;
        }
        if (count >= 3 && !primary) {
            modes[0] = Replication.PRIMARY;
        }
        if (count >= 3 && !replica) {
            modes[count - 1] = Replication.REPLICA;
        }
        return modes;
    }

    private List<VmProfile> profiles(int count, int[] modes) {
        SeededRandom random = SeededRandom.derive(seed, 3);
        List<GuestCatalog.Role> roles = new ArrayList<>(GuestCatalog.ROLES);
        for (int i = roles.size() - 1; i > 0; i--) { // Fisher-Yates, so each host has its own mix
            roles.set(i, roles.set(random.nextInt(i + 1), roles.get(i)));
        }
        Map<String, Integer> used = new HashMap<>();
        List<VmProfile> profiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GuestCatalog.Role role = roles.get(i % roles.size());
            int n = used.merge(role.stem(), 1, Integer::sum);
            String name = name(role, n);
            if (modes[i] == Replication.TEST_REPLICA) {
                name = name + " - Replica Test";
            }
            profiles.add(profile(i, name, role.family(), modes[i], SeededRandom.derive(seed, 4, i)));
        }
        return profiles;
    }

    private static String name(GuestCatalog.Role role, int n) {
        if (!role.numbered()) {
            return n == 1 ? role.stem() : role.stem() + "-" + n;
        }
        return role.stem() + (role.stem().length() <= 3 ? "" : "-") + String.format("%02d", n);
    }

    private VmProfile profile(int index, String name, char family, int mode, SeededRandom random) {
        String guid = guid(random);
        boolean integrationServices = !random.chance(0.06);
        String guestOs = integrationServices ? GuestCatalog.guestOs(random, family) : null;
        int generation = family == 'L' && random.chance(0.3) || random.chance(0.15) ? 1 : 2;
        boolean dynamic = random.chance(0.45);
        long memory = random.pick(GuestCatalog.STATIC_MEMORY_MB);
        long max = dynamic ? memory * (random.chance(0.5) ? 2 : 4) : memory;
        int baseLoad = 1 + (int) (Math.pow(random.nextDouble(), 2) * 65);
        Instant created = start.minus(Duration.ofDays(random.between(20, 1600)))
                .minusSeconds(random.nextInt(86_400)).truncatedTo(ChronoUnit.MILLIS);
        int icState = !integrationServices ? 0 : random.chance(0.85) ? 1 : 2;
        int enhanced = family == 'L' ? 3 : random.chance(0.7) ? 2 : random.chance(0.5) ? 3 : 6;
        List<String> switches = random.chance(0.25)
                ? List.of(GuestCatalog.SWITCHES.get(0), GuestCatalog.SWITCHES.get(1 + random.nextInt(2)))
                : List.of(GuestCatalog.SWITCHES.get(random.chance(0.85) ? 0 : 1));
        String notes = random.chance(0.3) ? "Owner: " + random.pick(List.of("infra", "dba", "web team", "finance IT")) : "";
        String version = random.pick(GuestCatalog.CONFIG_VERSIONS);
        int processors = random.pick(GuestCatalog.PROCESSORS);
        // drawn last, so adding checkpoints changed nothing drawn before; replicas hold recovery points instead
        boolean replica = mode == Replication.REPLICA || mode == Replication.EXTENDED_REPLICA;
        List<Checkpoint> checkpoints = replica ? List.of() : checkpoints(created, random);
        return new VmProfile(index, guid, name, guestOs, generation, version, processors, memory, max, dynamic,
                baseLoad, created, icState, enhanced, switches, notes, checkpoints);
    }

    /** A version-4 style GUID, upper case, as Hyper-V generates and reports them. */
    private static String guid(SeededRandom random) {
        UUID raw = new UUID(random.nextLong(), random.nextLong());
        UUID guid = new UUID((raw.getMostSignificantBits() & ~0xF000L) | 0x4000L,
                (raw.getLeastSignificantBits() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        return guid.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /** About a third of the VMs keep 1-5 checkpoints, days to weeks old, each newer than the last. */
    private List<Checkpoint> checkpoints(Instant vmCreated, SeededRandom random) {
        if (!random.chance(0.35)) {
            return List.of();
        }
        int count = random.between(1, 5);
        Instant at = start.minus(Duration.ofHours(random.between(2 * 24, 60 * 24)));
        if (at.isBefore(vmCreated)) {
            at = vmCreated.plus(Duration.ofHours(1));
        }
        List<Checkpoint> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(new Checkpoint(guid(random), at.truncatedTo(ChronoUnit.SECONDS)));
            long room = Math.max(1, Duration.between(at, start).toMinutes() / 2);
            at = at.plus(Duration.ofMinutes(1 + random.nextInt((int) Math.min(room, Integer.MAX_VALUE))));
        }
        return List.copyOf(result);
    }

    /** A replica's onward relationship: usually replicating every 5 or 15 minutes (30 s is not offered for it). */
    private Replication extended(SeededRandom random) {
        int interval = random.chance(0.5) ? 300 : 900;
        boolean healthy = random.chance(0.75);
        Instant last = healthy ? start.minusSeconds(random.nextInt(interval) + 1L)
                : start.minusSeconds(interval * (long) random.between(4, 10));
        return new Replication(Replication.EXTENDED_REPLICA, Replication.STATE_REPLICATING, healthy ? 1 : 2,
                extendedServer, interval, last.truncatedTo(ChronoUnit.SECONDS), null);
    }

    private Replication replication(int mode, SeededRandom random) {
        if (mode == 0) {
            return Replication.NONE;
        }
        if (mode == Replication.TEST_REPLICA) {
            return new Replication(mode, 0, 0, primaryServer, 0, null, null);
        }
        String partner = mode == Replication.PRIMARY ? replicaServer : primaryServer;
        int interval = random.pick(List.of(30, 300, 300, 900));
        double v = random.nextDouble();
        int state = Replication.STATE_REPLICATING;
        int health = 1;
        if (v >= 0.96) {
            state = Replication.STATE_WAITING_INITIAL;
        } else if (v >= 0.92) {
            state = Replication.STATE_CRITICAL;
            health = 3;
        } else if (v >= 0.88) {
            state = Replication.STATE_SUSPENDED;
            health = 2;
        } else if (v >= 0.80) {
            health = 2;
        }
        int phase = random.nextInt(interval);
        Instant last = switch (state) {
            // a Warning while replicating means cycles were missed: the last one is 3 to 12 intervals ago
            case Replication.STATE_REPLICATING -> health == 1 ? start.minusSeconds(phase + 1L)
                    : start.minusSeconds(3L * interval + 9L * phase);
            case Replication.STATE_WAITING_INITIAL -> null;
            default -> start.minus(Duration.ofMinutes(random.between(20, 3000)));
        };
        return new Replication(mode, state, health, partner, interval,
                last == null ? null : last.truncatedTo(ChronoUnit.SECONDS), null);
    }

    private Power power(int mode, SeededRandom random) {
        Instant changed = start.minus(Duration.ofMinutes(random.between(5, 60 * 24 * 60)));
        if (mode == Replication.REPLICA || mode == Replication.EXTENDED_REPLICA) {
            return new Power(Power.OFF, null, null, Duration.ZERO, null, changed, null); // replicas stay off
        }
        double d = mode == Replication.TEST_REPLICA ? 0 : random.nextDouble();
        if (d >= 0.62 && d < 0.77) {
            return new Power(Power.OFF, null, null, Duration.ZERO, null, changed, null);
        }
        if (d >= 0.77 && d < 0.85) {
            return new Power(Power.SAVED, null, null, Duration.ZERO, null, changed, null);
        }
        Long pid = 4L * random.between(250, 12_000);
        Instant on = changed;
        int state = d < 0.62 ? Power.RUNNING : d < 0.90 ? Power.PAUSED : d < 0.93 ? Power.STARTING
                : d < 0.95 ? Power.STOPPING : d < 0.965 ? Power.SAVING : Power.OTHER;
        String other = state == Power.OTHER ? random.pick(List.of("Saving", "Quiescing", "Resuming")) : null;
        Instant pausedSince = null;
        if (state == Power.PAUSED || "Resuming".equals(other)) {
            Instant candidate = start.minus(Duration.ofMinutes(random.between(1, 600)));
            pausedSince = candidate.isBefore(on) ? on : candidate;
        }
        if (state == Power.STARTING) {
            on = start.minusSeconds(random.between(1, 9));
        }
        return new Power(state, other, on, Duration.ZERO, pausedSince, state == Power.STARTING ? on : changed, pid);
    }
}
