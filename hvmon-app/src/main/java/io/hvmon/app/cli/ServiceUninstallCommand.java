package io.hvmon.app.cli;

import io.hvmon.windows.host.AgentPaths;
import io.hvmon.windows.service.ServiceState;
import io.hvmon.windows.service.manage.ServiceInfo;
import io.hvmon.windows.service.manage.ServiceManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code hvmon service uninstall}: stops and deletes the service and its Event Log source; keeps config and logs. */
@Command(name = "uninstall", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Stop the Windows service if it runs, delete it and its Event Log source (elevated prompt).",
                "The config and logs in %%ProgramData%%\\hvmon stay; delete that folder to remove them too."})
final class ServiceUninstallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceNameOption service = new ServiceNameOption();

    @Override
    public Integer call() {
        String name = service.forWindows("uninstall", "manages a Windows service");
        ServiceInfo before = WindowsOnly.manage("cannot uninstall service '" + name + "'",
                manager -> manager.uninstall(name, ServiceManager.WAIT));
        spec.commandLine().getOut().printf("service '%s' %sremoved, and its Event Log source; config and logs stay in"
                        + " %s%n", name, before.state() == ServiceState.STOPPED ? "" : "stopped and ",
                AgentPaths.ofThisMachine().root());
        return 0;
    }
}
