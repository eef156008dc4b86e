package io.hvmon.app.cli;

import io.hvmon.windows.service.manage.ServiceInfoText;
import io.hvmon.windows.service.manage.ServiceInfo;
import io.hvmon.windows.service.manage.ServiceManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code hvmon service status}: what the service control manager knows of the service. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show the Windows service: state, process id, last exit codes, start type, command line"
                + " (binPath) and account.", "Exit code 0 when it is installed (whatever its state), 1 when not."})
final class ServiceStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceNameOption service = new ServiceNameOption();

    @Override
    public Integer call() {
        String name = service.forWindows("status", "shows a Windows service");
        ServiceInfo info = WindowsOnly.manage("cannot show service '" + name + "'", manager -> manager.status(name));
        spec.commandLine().getOut().print(ServiceInfoText.format(info));
        return 0;
    }
}
