package io.hvmon.app.cli;

import io.hvmon.app.run.UserError;
import io.hvmon.windows.service.manage.BinPath;
import io.hvmon.windows.service.manage.ServiceDefinition;
import picocli.CommandLine.Option;

/** {@code --name}: which service, for several hvmon services on one machine; "hvmon" by default. */
final class ServiceNameOption {

    @Option(names = "--name", paramLabel = "NAME", defaultValue = BinPath.DEFAULT_NAME,
            description = "service name, also its Event Log source (default: ${DEFAULT-VALUE})")
    String name = BinPath.DEFAULT_NAME;

    /** For a subcommand that needs Windows: refuses elsewhere (exit 2), then returns the name, checked. */
    String forWindows(String subcommand, String whatItDoes) {
        WindowsOnly.require(subcommand, whatItDoes);
        return checked();
    }

    /** The name, checked: letters, digits, '.', '-', '_'. */
    String checked() {
        try {
            return ServiceDefinition.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new UserError(2, e.getMessage());
        }
    }
}
