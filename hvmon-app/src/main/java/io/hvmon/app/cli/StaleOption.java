package io.hvmon.app.cli;

import io.hvmon.app.check.Status;
import picocli.CommandLine.Option;

/** What a check reports when its data is stale (X-Hvmon-Stale): never OK in silence. */
final class StaleOption {

    @Option(names = "--stale", paramLabel = "STATUS", defaultValue = "UNKNOWN",
            description = "the least status when the data is stale or the host never collected: unknown, warning or"
                    + " critical (default: unknown; a worse status the last good data shows is kept)")
    Status status;

    /** The status to raise stale data to; OK is refused, it would hide exactly what this is for. */
    Status least() throws io.hvmon.app.check.CheckFailure {
        if (status == Status.OK) {
            throw new io.hvmon.app.check.CheckFailure("--stale must be unknown, warning or critical: OK would hide stale data");
        }
        return status;
    }
}
