package io.hvmon.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hvmon service}: hvmon as a Windows service on a Hyper-V host (the agent). */
@Command(name = "service", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run hvmon as a Windows service on a Hyper-V host (needs Windows; install, uninstall, start"
                + " and stop need an elevated prompt).",
                "The service reads %%ProgramData%%\\hvmon\\config.json (created with the defaults at install) and logs"
                        + " to %%ProgramData%%\\hvmon\\logs\\hvmon.log and the Application event log."},
        subcommands = {ServiceInstallCommand.class, ServiceUninstallCommand.class, ServiceStartCommand.class,
                ServiceStopCommand.class, ServiceStatusCommand.class, ServiceRunCommand.class},
        footer = "%nFirst time: hvmon service install, then hvmon service start")
final class ServiceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
