package io.hvmon.app.cli;

import io.hvmon.windows.service.manage.ServiceInfo;
import io.hvmon.windows.service.manage.ServiceManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code hvmon service start}: starts the service and waits until it runs. */
@Command(name = "start", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Start the Windows service and wait (at most 60 s) until it runs (elevated prompt).")
final class ServiceStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceNameOption service = new ServiceNameOption();

    @Override
    public Integer call() {
        String name = service.forWindows("start", "starts a Windows service");
        ServiceInfo info = WindowsOnly.manage("cannot start service '" + name + "'",
                manager -> manager.start(name, ServiceManager.WAIT));
        spec.commandLine().getOut().printf("service '%s' is running (pid %d); its URL is in the Application event log"
                + " (source %s) and in %%ProgramData%%\\hvmon\\logs\\hvmon.log%n", name, info.processId(), name);
        return 0;
    }
}
