package io.hvmon.simulator.fleet;

import java.util.List;

/** The health combinations a VM can show, with the English texts Windows gives them. */
final class HealthStates {

    static final String OK_TEXT = "Operating normally";

    private static final List<String> OPERATIONS = List.of(
            "Creating checkpoint", "Applying checkpoint", "Deleting checkpoint", "Waiting to start", "Merging disks",
            "Exporting virtual machine", "Migrating virtual machine");

    private HealthStates() {
    }

    static Health ok(int heartbeat, int applicationHealth) {
        return new Health(5, List.of(2), List.of(OK_TEXT), heartbeat, applicationHealth);
    }

    /** Healthy but busy: OperationalStatus [2, 32768 + operation]. */
    static Health busy(int operation, int heartbeat, int applicationHealth) {
        return new Health(5, List.of(2, 32768 + operation), List.of(OK_TEXT, OPERATIONS.get(operation)),
                heartbeat, applicationHealth);
    }

    /** HealthState 20 with OperationalStatus [5]: the storage behind the VHDs is running low. */
    static Health majorFailure(int heartbeat, int applicationHealth) {
        return new Health(20, List.of(5), List.of("Predictive failure", "The disk space on the virtual hard disk storage is low"),
                heartbeat, applicationHealth);
    }

    /** HealthState 25 with OperationalStatus [3]: the configuration storage cannot be reached. */
    static Health criticalFailure(int heartbeat, int applicationHealth) {
        return new Health(25, List.of(3), List.of("Degraded", "The virtual machine configuration storage is inaccessible"),
                heartbeat, applicationHealth);
    }

    static Health initial(SeededRandom random) {
        double h = random.nextDouble();
        int heartbeat = h < 0.86 ? 2 : h < 0.94 ? 12 : 13;
        int application = random.chance(0.93) ? 2 : 32782;
        double r = random.nextDouble();
        if (r < 0.88) {
            return ok(heartbeat, application);
        } else if (r < 0.94) {
            return busy(random.nextInt(OPERATIONS.size()), heartbeat, application);
        } else if (r < 0.97) {
            return majorFailure(heartbeat, application);
        }
        return criticalFailure(heartbeat, application);
    }

    /** One tick of drift: operations finish, failures clear or (rarely) appear, the heartbeat wobbles. */
    static Health step(Health current, SeededRandom random) {
        int heartbeat = current.heartbeat();
        if (heartbeat == 2 ? random.chance(0.0005) : random.chance(0.05)) {
            heartbeat = heartbeat == 2 ? 13 : 2;
        }
        int application = current.applicationHealth();
        if (application == 2 ? random.chance(0.0005) : random.chance(0.05)) {
            application = application == 2 ? 32782 : 2;
        }
        double r = random.nextDouble();
        boolean busy = current.operationalStatus().size() > 1;
        if (current.healthState() != 5) {
            return r < 0.01 ? ok(heartbeat, application) : withGuest(current, heartbeat, application);
        } else if (busy) {
            return r < 0.2 ? ok(heartbeat, application) : withGuest(current, heartbeat, application);
        } else if (r < 0.001) {
            return busy(random.nextInt(OPERATIONS.size()), heartbeat, application);
        } else if (r < 0.0012) {
            return majorFailure(heartbeat, application);
        }
        return withGuest(current, heartbeat, application);
    }

    private static Health withGuest(Health h, int heartbeat, int applicationHealth) {
        return new Health(h.healthState(), h.operationalStatus(), h.statusDescriptions(), heartbeat, applicationHealth);
    }
}
