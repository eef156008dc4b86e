package io.hvmon.app.cli;

import io.hvmon.app.check.ApiAnswer;
import io.hvmon.app.check.CheckFailure;
import io.hvmon.app.check.CheckResult;
import io.hvmon.app.check.HvmonClient;
import io.hvmon.app.check.Range;
import io.hvmon.app.check.ReplicationCheck;
import io.hvmon.app.check.Verdicts;
import io.hvmon.app.check.VmLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hvmon check replication [--vm ID|NAME]}. */
@Command(name = "replication", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 3, sortOptions = false,
        description = "Check Hyper-V Replica: replication health Critical is CRITICAL, Warning is WARNING, and the lag"
                + " (seconds since the last replication) against -w/-c. One VM with --vm (CRITICAL if it is not"
                + " replicated), else every replicated VM (perfdata: counts and the largest lag).")
final class CheckReplicationCommand extends CheckSubcommand {

    @Option(names = "--vm", paramLabel = "ID|NAME", description = "one VM, by GUID or name (default: every replicated VM)")
    String vm;

    @Option(names = {"-w", "--lag-warning"}, paramLabel = "RANGE", converter = RangeConverter.class,
            description = "WARNING when the lag in seconds is outside this range, e.g. 900 (over 15 min)")
    Range lagWarning;

    @Option(names = {"-c", "--lag-critical"}, paramLabel = "RANGE", converter = RangeConverter.class,
            description = "CRITICAL when the lag in seconds is outside this range, e.g. 3600")
    Range lagCritical;

    @Mixin
    StaleOption stale = new StaleOption();

    @Override
    String subject() {
        return "REPLICATION";
    }

    @Override
    CheckResult check(HvmonClient client) throws CheckFailure {
        ReplicationCheck check = new ReplicationCheck(lagWarning, lagCritical);
        if (vm != null) {
            VmLookup.Found found = VmLookup.byIdOrName(client, subject(), vm);
            if (found.instead() != null) {
                return found.instead();
            }
            return Verdicts.flagStale(check.evaluateOne(found.vm()), found.stale(), found.where(), stale.least());
        }
        ApiAnswer answer = client.get("/hvm/vms?values=friendly");
        if (answer.status() != 200) {
            throw new CheckFailure("hvmon answered " + answer.status() + ": " + answer.problemDetail());
        }
        return Verdicts.flagStale(check.evaluateAll(answer.objects()), answer.stale(),
                answer.incompleteHosts() == null ? "some hosts" : answer.incompleteHosts(), stale.least());
    }
}
