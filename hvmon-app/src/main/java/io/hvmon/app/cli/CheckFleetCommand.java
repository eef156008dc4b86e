package io.hvmon.app.cli;

import io.hvmon.app.check.ApiAnswer;
import io.hvmon.app.check.CheckFailure;
import io.hvmon.app.check.CheckResult;
import io.hvmon.app.check.FleetCheck;
import io.hvmon.app.check.HvmonClient;
import picocli.CommandLine.Command;

/** {@code hvmon check fleet}. */
@Command(name = "fleet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 3, sortOptions = false,
        description = "Check everything hvmon watches, in counts: hosts without fresh data are WARNING (all of them"
                + " CRITICAL, hosts not collected yet since hvmon started UNKNOWN), replication health Critical anywhere CRITICAL and Warning WARNING, VMs whose health is"
                + " not OK WARNING. Perfdata: hosts, VMs, running, unhealthy, replicated, replication warning/critical.")
final class CheckFleetCommand extends CheckSubcommand {

    @Override
    String subject() {
        return "FLEET";
    }

    @Override
    CheckResult check(HvmonClient client) throws CheckFailure {
        ApiAnswer answer = client.get("/hvm/hosts?values=friendly");
        if (answer.status() != 200) {
            throw new CheckFailure("hvmon answered " + answer.status() + ": " + answer.problemDetail());
        }
        return new FleetCheck().evaluate(answer.objects());
    }
}
