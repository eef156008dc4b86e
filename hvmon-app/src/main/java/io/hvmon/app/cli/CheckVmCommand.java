package io.hvmon.app.cli;

import io.hvmon.app.check.CheckFailure;
import io.hvmon.app.check.CheckResult;
import io.hvmon.app.check.HvmonClient;
import io.hvmon.app.check.Range;
import io.hvmon.app.check.Verdicts;
import io.hvmon.app.check.VmCheck;
import io.hvmon.app.check.VmLookup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code hvmon check vm --id ID | --name NAME}. */
@Command(name = "vm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 3, sortOptions = false,
        description = "Check one VM: its state (CRITICAL when not the expected one, WARNING while in transition), its"
                + " health (CRITICAL on a failure, WARNING when degraded) and, when it is running, its heartbeat"
                + " (CRITICAL when lost or in error, WARNING on no contact). Perfdata: cpu, memory, uptime.")
final class CheckVmCommand extends CheckSubcommand {

    static final class Which {
        @Option(names = "--id", required = true, paramLabel = "ID", description = "the VM's GUID (one small request)")
        String id;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "the VM's name, ignoring case (reads every VM: --id is lighter)")
        String name;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--expect-state", paramLabel = "STATES", defaultValue = "running", split = ",",
            description = "states that are OK, e.g. running,off, or any (default: ${DEFAULT-VALUE})")
    List<String> expectStates;

    @Option(names = "--no-heartbeat", description = "do not judge the heartbeat (guests without integration services)")
    boolean noHeartbeat;

    @Option(names = {"-w", "--cpu-warning"}, paramLabel = "RANGE", converter = RangeConverter.class,
            description = "WARNING when the VM's CPU load in %% is outside this range (inside with @)")
    Range cpuWarning;

    @Option(names = {"-c", "--cpu-critical"}, paramLabel = "RANGE", converter = RangeConverter.class,
            description = "CRITICAL when the VM's CPU load in %% is outside this range (inside with @)")
    Range cpuCritical;

    @Mixin
    StaleOption stale = new StaleOption();

    @Override
    String subject() {
        return "VM";
    }

    @Override
    CheckResult check(HvmonClient client) throws CheckFailure {
        Set<String> expected = new LinkedHashSet<>();
        for (String state : expectStates) {
            expected.add(state.strip().toLowerCase(Locale.ROOT));
        }
        if (expected.contains("any")) {
            expected.clear();
        }
        VmLookup.Found found = which.id != null ? VmLookup.byId(client, subject(), which.id)
                : VmLookup.byName(client, subject(), which.name);
        if (found.instead() != null) {
            return found.instead();
        }
        CheckResult result = new VmCheck(expected, !noHeartbeat, cpuWarning, cpuCritical).evaluate(found.vm());
        return Verdicts.flagStale(result, found.stale(), found.where(), stale.least());
    }
}
