package io.hvmon.app.cli;

import io.hvmon.app.check.ApiAnswer;
import io.hvmon.app.check.CheckFailure;
import io.hvmon.app.check.CheckResult;
import io.hvmon.app.check.HostCheck;
import io.hvmon.app.check.HvmonClient;
import io.hvmon.app.check.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;

/** {@code hvmon check host [--name NAME]}. */
@Command(name = "host", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 3, sortOptions = false,
        description = "Check a Hyper-V host as hvmon sees it: never collected or stale (unreachable, failing) is"
                + " CRITICAL, so is a host not Running, a failed health, vmms not running, or the replication service"
                + " not running while VMs replicate; a degraded health or parts not read are WARNING. Perfdata: VMs,"
                + " running VMs, hypervisor CPU, free memory, data age, collection time, failures in a row.")
final class CheckHostCommand extends CheckSubcommand {

    @Option(names = "--name", paramLabel = "NAME",
            description = "the host as configured in hvmon (default: the only one; needed when hvmon collects several)")
    String name;

    @Option(names = {"-w", "--cpu-warning"}, paramLabel = "RANGE", converter = RangeConverter.class,
            description = "WARNING when the hypervisor's CPU load in %% is outside this range (inside with @)")
    Range cpuWarning;

    @Option(names = {"-c", "--cpu-critical"}, paramLabel = "RANGE", converter = RangeConverter.class,
            description = "CRITICAL when the hypervisor's CPU load in %% is outside this range (inside with @)")
    Range cpuCritical;

    @Override
    String subject() {
        return "HOST";
    }

    @Override
    CheckResult check(HvmonClient client) throws CheckFailure {
        ApiAnswer answer = client.get(name == null ? "/hvm/host?values=friendly"
                : "/hvm/hosts/" + HvmonClient.segment(name) + "?values=friendly");
        if (answer.status() == 404 && name != null) {
            return CheckResult.unknown(subject(), "hvmon watches no host named " + name + ": " + answer.problemDetail());
        }
        if (answer.status() == 409) {
            return CheckResult.unknown(subject(), "hvmon collects several hosts: name one with --name");
        }
        if (answer.status() != 200) {
            throw new CheckFailure("hvmon answered " + answer.status() + ": " + answer.problemDetail());
        }
        return new HostCheck(cpuWarning, cpuCritical).evaluate(answer.object(), Instant.now());
    }
}
