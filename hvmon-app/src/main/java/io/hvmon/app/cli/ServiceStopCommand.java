package io.hvmon.app.cli;

import io.hvmon.windows.service.manage.ServiceManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code hvmon service stop}: stops the service and waits until it has stopped. */
@Command(name = "stop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Stop the Windows service and wait (at most 60 s) until it has stopped (elevated prompt).")
final class ServiceStopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceNameOption service = new ServiceNameOption();

    @Override
    public Integer call() {
        String name = service.forWindows("stop", "stops a Windows service");
        WindowsOnly.manage("cannot stop service '" + name + "'", manager -> manager.stop(name, ServiceManager.WAIT));
        spec.commandLine().getOut().printf("service '%s' stopped%n", name);
        return 0;
    }
}
