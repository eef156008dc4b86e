package io.hvmon.app.cli;

import io.hvmon.app.run.SimulatedEndpoints;
import io.hvmon.app.run.UserError;
import io.hvmon.simulator.fleet.SimulationProfile;
import picocli.CommandLine.Option;

/** What to simulate, shared by {@code demo}, {@code simulate} and {@code collect --simulated}. */
final class SimulationOptions {

    @Option(names = "--vms", paramLabel = "N", defaultValue = "24", description = "VMs per simulated host (default: ${DEFAULT-VALUE})")
    int vms;

    @Option(names = "--hosts", paramLabel = "M", defaultValue = "1", description = "simulated hosts (default: ${DEFAULT-VALUE})")
    int hosts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "seed of the simulation (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "en-US",
            description = "language of captions and status texts: en-US or zh-CN (default: ${DEFAULT-VALUE})")
    String locale;

    @Option(names = "--windows-version", paramLabel = "VERSION", defaultValue = "2019",
            description = "Windows Server to play: 2019, 2022 or 2012r2 (no Msvm_SummaryInformation enumeration) (default: ${DEFAULT-VALUE})")
    String windowsVersion;

    /** Checks the ranges and returns the variant to play; bad values are usage errors. */
    SimulationProfile profile() {
        Limits.check("--vms", vms, 0, SimulatedEndpoints.MAX_VMS);
        Limits.check("--hosts", hosts, 1, SimulatedEndpoints.MAX_HOSTS);
        try {
            return SimulationProfile.of(locale, windowsVersion);
        } catch (IllegalArgumentException e) {
            throw new UserError(2, e.getMessage());
        }
    }
}
